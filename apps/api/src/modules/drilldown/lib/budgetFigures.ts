// Cumulative budget figures of one or more sub-activities up to a month, read the way the
// scoreboard reads a unit's budget, so a program's figures add up to its OPD's.
import type { BudgetMonth } from '@ekinerja/db';
import type { ScoringSettings } from '@ekinerja/scoring';
import { budgetViewFromTotals, type BudgetView } from '../../scoreboard/providers/scoreboardFigures';

export type BudgetMonthRow = Pick<
  BudgetMonth,
  'month' | 'plannedSpend' | 'realisedSpend' | 'plannedPhysical' | 'realisedPhysical'
>;

export interface BudgetLine {
  /** The pagu in force for the month asked (murni, or perubahan once revised). */
  pagu: bigint;
  months: readonly BudgetMonthRow[];
}

/**
 * Spend is summed over the months up to `month`. Physical progress is already cumulative: the plan
 * of the month itself, and the latest reported realisation. Several lines weigh their physical
 * progress by pagu. `null` when there are no lines at all.
 */
export function budgetFigures(
  lines: readonly BudgetLine[],
  month: number,
  settings: ScoringSettings,
): BudgetView | null {
  if (lines.length === 0) return null;
  let pagu = 0n;
  let planned = 0n;
  let realised = 0n;
  let plannedPhysicalWeighted = 0;
  let realisedPhysicalWeighted = 0;
  for (const line of lines) {
    const upTo = line.months.filter((m) => m.month <= month);
    pagu += line.pagu;
    for (const m of upTo) {
      planned += m.plannedSpend;
      realised += m.realisedSpend ?? 0n;
    }
    const plannedPhysical = line.months.find((m) => m.month === month)?.plannedPhysical ?? 0;
    const latestReported = upTo
      .filter((m) => m.realisedPhysical !== null)
      .reduce<BudgetMonthRow | null>((latest, m) => (!latest || m.month > latest.month ? m : latest), null);
    plannedPhysicalWeighted += Number(line.pagu) * plannedPhysical;
    realisedPhysicalWeighted += Number(line.pagu) * (latestReported?.realisedPhysical ?? 0);
  }
  const weight = Number(pagu);
  return budgetViewFromTotals(
    {
      pagu,
      planned,
      realised,
      plannedPhysical: weight > 0 ? plannedPhysicalWeighted / weight : 0,
      realisedPhysical: weight > 0 ? realisedPhysicalWeighted / weight : 0,
    },
    settings,
  );
}
