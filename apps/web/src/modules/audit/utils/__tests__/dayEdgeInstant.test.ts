import { describe, expect, it } from 'vitest';
import { dayEdgeInstant } from '../dayEdgeInstant';

describe('dayEdgeInstant', () => {
  it('starts a WITA day at 00:00 WITA, 16:00 UTC the day before', () => {
    expect(dayEdgeInstant('2026-03-01', 'start', 'Asia/Makassar')).toBe('2026-02-28T16:00:00.000Z');
  });

  it('ends a WITA day at its 24:00, the next day 00:00 WITA', () => {
    expect(dayEdgeInstant('2026-03-01', 'end', 'Asia/Makassar')).toBe('2026-03-01T16:00:00.000Z');
    expect(dayEdgeInstant('2026-12-31', 'end', 'Asia/Makassar')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('follows the tenant: a day in WIB (Jakarta) and in WIT (Jayapura)', () => {
    expect(dayEdgeInstant('2026-03-01', 'start', 'Asia/Jakarta')).toBe('2026-02-28T17:00:00.000Z');
    expect(dayEdgeInstant('2026-03-01', 'start', 'Asia/Jayapura')).toBe('2026-02-28T15:00:00.000Z');
  });

  it('handles a zone with daylight saving time on both sides of its change', () => {
    expect(dayEdgeInstant('2026-01-15', 'start', 'Europe/Amsterdam')).toBe('2026-01-14T23:00:00.000Z');
    expect(dayEdgeInstant('2026-07-15', 'start', 'Europe/Amsterdam')).toBe('2026-07-14T22:00:00.000Z');
  });

  it('handles leap days and year boundaries', () => {
    expect(dayEdgeInstant('2028-02-29', 'start', 'Asia/Makassar')).toBe('2028-02-28T16:00:00.000Z');
    expect(dayEdgeInstant('2027-01-01', 'start', 'Asia/Makassar')).toBe('2026-12-31T16:00:00.000Z');
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
      expect(dayEdgeInstant(value, 'start', 'Asia/Makassar')).toBeNull();
  });
});
