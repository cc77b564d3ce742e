import { describe, expect, it } from 'vitest';
import { witaInstantOf } from '../witaInstantOf';

describe('witaInstantOf', () => {
  it('starts a WITA day at 00:00 WITA, 16:00 UTC the day before', () => {
    expect(witaInstantOf('2026-03-01', 'start')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('ends a WITA day at its 24:00, the next day 00:00 WITA', () => {
    expect(witaInstantOf('2026-03-01', 'end')).toBe('2026-03-01T16:00:00.000Z');
    expect(witaInstantOf('2026-12-31', 'end')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('handles leap days and year boundaries', () => {
    expect(witaInstantOf('2028-02-29', 'start')).toBe('2028-02-28T16:00:00.000Z');
    expect(witaInstantOf('2027-01-01', 'start')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('refuses what is not a real calendar date', () => {
    for (const value of [
      '',
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '0050-01-01',
      '2026-1-1',
      '01/03/2026',
    ])
      expect(witaInstantOf(value, 'start')).toBeNull();
  });
});
