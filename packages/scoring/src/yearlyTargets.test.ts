import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodTargetsOfYear } from './yearlyTargets';

describe('periodTargetsOfYear', () => {
  it('splits a SUM indicator’s yearly target over its quarters', () => {
    expect(periodTargetsOfYear(1000, 'SUM', 'QUARTERLY')).toEqual([
      { month: 3, target: 250 },
      { month: 6, target: 250 },
      { month: 9, target: 250 },
      { month: 12, target: 250 },
    ]);
  });

  it('lets the last month of a SUM take the remainder so the months add up to the year', () => {
    const months = periodTargetsOfYear(100, 'SUM', 'MONTHLY');
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, target: 8.3333 });
    expect(months[11]).toEqual({ month: 12, target: 8.3337 });
  });

  it('gives every period of an AVERAGE or LAST indicator the yearly target itself', () => {
    expect(periodTargetsOfYear(97.5, 'AVERAGE', 'SEMESTER')).toEqual([
      { month: 6, target: 97.5 },
      { month: 12, target: 97.5 },
    ]);
    expect(periodTargetsOfYear(12, 'LAST', 'YEARLY')).toEqual([{ month: 12, target: 12 }]);
  });

  it('keeps a STABILIZE band whole in every period', () => {
    expect(periodTargetsOfYear({ low: 90, high: 110 }, 'SUM', 'SEMESTER')).toEqual([
      { month: 6, target: { low: 90, high: 110 } },
      { month: 12, target: { low: 90, high: 110 } },
    ]);
  });

  it('refuses a yearly target that is not a finite number', () => {
    expect(() => periodTargetsOfYear(Number.NaN, 'SUM', 'MONTHLY')).toThrow(/yearly/);
  });

  it('adds the periods of a SUM back up to the yearly target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100),
        fc.constantFrom('MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY' as const),
        (yearly, frequency) => {
          const sum = periodTargetsOfYear(yearly, 'SUM', frequency).reduce((s, p) => s + p.target, 0);
          expect(Math.abs(sum - yearly)).toBeLessThan(1e-6);
        },
      ),
    );
  });
});
