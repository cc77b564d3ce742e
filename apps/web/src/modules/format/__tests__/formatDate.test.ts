import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../formatDate';
import { formatMonth } from '../formatMonth';

describe('formatDate', () => {
  it('shows a calendar date without shifting it by the zone', () => {
    expect(formatDate('2026-11-30')).toBe('30 Nov 2026');
  });

  it('shows an instant on its date in WITA', () => {
    // 17:00 UTC is already the next day in WITA (UTC+8).
    expect(formatDate('2026-07-10T17:00:00.000Z')).toBe('11 Jul 2026');
    expect(formatDateTime('2026-07-10T17:00:00.000Z')).toBe('11 Jul 2026 01.00 WITA');
  });

  it('shows missing or broken values as a dash', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDateTime('kemarin')).toBe('—');
  });
});

describe('formatMonth', () => {
  it('names months in Indonesian', () => {
    expect(formatMonth(1)).toBe('Januari');
    expect(formatMonth(8, 'id-ID', 'short')).toBe('Agu');
  });
});
