// The organisation's result for the SKP distribution curve: the OPD's LKjIP predikat read on the
// annex's five-step scale, and the month whose stored score stands for an appraisal period.
import type { OrganisationPredicate, Predikat } from '@ekinerja/scoring';

const BY_PREDIKAT: Record<Predikat, OrganisationPredicate> = {
  SANGAT_BAIK: 'ISTIMEWA',
  BAIK: 'BAIK',
  CUKUP: 'BUTUH_PERBAIKAN',
  KURANG: 'KURANG',
  SANGAT_KURANG: 'SANGAT_KURANG',
};

export function organisationPredicateOf(predikat: Predikat | 'NO_DATA'): OrganisationPredicate | null {
  return predikat === 'NO_DATA' ? null : BY_PREDIKAT[predikat];
}

const PERIOD_END: Record<'Q1' | 'Q2' | 'Q3' | 'Q4' | 'ANNUAL', number> = {
  Q1: 3,
  Q2: 6,
  Q3: 9,
  Q4: 12,
  ANNUAL: 12,
};

/** The period's last month, or the current month while the period is still running. */
export function scoreMonthOf(
  period: keyof typeof PERIOD_END,
  year: number,
  now: { year: number; month: number },
): number {
  const end = PERIOD_END[period];
  return year === now.year ? Math.min(end, now.month) : end;
}
