import { describe, expect, it } from 'vitest';
import { periodMonthsOf } from '../periodMonthsOf';
import { yearOptionsOf } from '../yearOptionsOf';

const lock = (year: number, month: number) => ({
  year,
  month,
  reason: 'Tutup buku',
  lockedAt: '2026-04-01T02:00:00.000Z',
  lockedBy: 'Super Admin',
});

describe('periodMonthsOf', () => {
  it('lists all twelve months, the locked ones with their lock', () => {
    const months = periodMonthsOf([lock(2026, 3), lock(2026, 11)], 2026);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.filter((m) => m.lock).map((m) => m.month)).toEqual([3, 11]);
    expect(months[2]!.lock).toEqual(lock(2026, 3));
  });

  it("ignores another year's locks", () => {
    expect(periodMonthsOf([lock(2025, 3)], 2026).every((m) => m.lock === null)).toBe(true);
  });
});

describe('yearOptionsOf', () => {
  it('offers the year before, the current one and the next', () => {
    expect(yearOptionsOf(2026)).toEqual([2025, 2026, 2027]);
  });
});
