// A sub-kegiatan's pagu murni and APBD-P revision as the scoring package reads them, so every
// figure (serapan, S-curve, stored scope figures) takes the pagu in force for its month.
import { paguByMonth, paguInForce, type PaguCeilings } from '@ekinerja/scoring';
import { isoDate } from '../../../period';

export interface RevisablePagu {
  /** Pagu murni. */
  pagu: bigint;
  paguRevised: bigint | null;
  paguRevisedOn: Date | null;
}

export function ceilingsOf(line: RevisablePagu): PaguCeilings<bigint> {
  return {
    murni: line.pagu,
    revised: line.paguRevised,
    revisedOn: isoDate(line.paguRevisedOn),
  };
}

/** The pagu in force for month `month` (1–12) of the budget year. */
export const paguOfMonth = (line: RevisablePagu, year: number, month: number): bigint =>
  paguInForce(ceilingsOf(line), year, month);

/** The pagu in force for each month of the budget year, January first. */
export const paguOfYear = (line: RevisablePagu, year: number): bigint[] =>
  paguByMonth(ceilingsOf(line), year);

/** The columns a query selects to know a line's ceilings. */
export const PAGU_SELECT = { pagu: true, paguRevised: true, paguRevisedOn: true } as const;

/** The month of `now` in a budget year: December once the year is over, January before it starts. */
export function monthNow(year: number, now: Date): number {
  const current = now.getUTCFullYear();
  if (current !== year) return current > year ? 12 : 1;
  return now.getUTCMonth() + 1;
}
