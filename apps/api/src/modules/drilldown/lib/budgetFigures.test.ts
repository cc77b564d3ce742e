import { resolveSettings } from '@ekinerja/scoring';
import { describe, expect, it } from 'vitest';
import { budgetFigures, type BudgetMonthRow } from './budgetFigures';

const settings = resolveSettings();

function month(
  m: number,
  plannedSpend: bigint,
  realisedSpend: bigint | null,
  plannedPhysical: number,
  realisedPhysical: number | null,
): BudgetMonthRow {
  return { month: m, plannedSpend, realisedSpend, plannedPhysical, realisedPhysical };
}

describe('budgetFigures', () => {
  it('has no figures without budget lines', () => {
    expect(budgetFigures([], 6, settings)).toBeNull();
  });

  it('sums spend up to the month and keeps the latest reported physical progress', () => {
    const figures = budgetFigures(
      [
        {
          pagu: 1_000_000n,
          months: [
            month(1, 100_000n, 90_000n, 10, 8),
            month(2, 200_000n, 150_000n, 30, null),
            month(3, 300_000n, null, 60, null),
          ],
        },
      ],
      2,
      settings,
    );
    expect(figures).toMatchObject({
      pagu: '1000000',
      plannedSpend: '300000',
      realisedSpend: '240000',
      absorption: 24,
      spendDeviation: -6,
      plannedPhysical: 30,
      realisedPhysical: 8,
      physicalDeviation: -22,
      spendLevel: 'WARNING',
      physicalLevel: 'CRITICAL',
    });
  });

  it('weighs physical progress of several lines by their pagu', () => {
    const figures = budgetFigures(
      [
        { pagu: 3_000n, months: [month(1, 0n, 0n, 40, 40)] },
        { pagu: 1_000n, months: [month(1, 0n, 0n, 80, 0)] },
      ],
      1,
      settings,
    );
    expect(figures?.plannedPhysical).toBeCloseTo(50, 12);
    expect(figures?.realisedPhysical).toBeCloseTo(30, 12);
  });

  it('stays exact beyond 2^53 Rupiah and has no absorption for a zero ceiling', () => {
    const big = 9_007_199_254_740_993n;
    expect(budgetFigures([{ pagu: big, months: [month(1, big, big, 0, 0)] }], 1, settings)).toMatchObject({
      pagu: '9007199254740993',
      realisedSpend: '9007199254740993',
    });
    expect(budgetFigures([{ pagu: 0n, months: [] }], 1, settings)).toMatchObject({
      absorption: null,
      spendLevel: 'NO_DATA',
    });
  });
});
