import { describe, expect, it } from 'vitest';
import { currentPeriod } from '../currentPeriod';

describe('currentPeriod', () => {
  it('switches month at midnight WITA, not UTC', () => {
    // 31 March 16:30 UTC is 1 April 00:30 WITA.
    expect(currentPeriod(new Date('2025-03-31T16:30:00Z'), 'Asia/Makassar')).toEqual({
      year: 2025,
      month: 4,
    });
    expect(currentPeriod(new Date('2025-03-31T15:30:00Z'), 'Asia/Makassar')).toEqual({
      year: 2025,
      month: 3,
    });
  });
  it('switches year on New Year in the tenant zone', () => {
    expect(currentPeriod(new Date('2025-12-31T16:00:00Z'), 'Asia/Makassar')).toEqual({
      year: 2026,
      month: 1,
    });
  });
});
