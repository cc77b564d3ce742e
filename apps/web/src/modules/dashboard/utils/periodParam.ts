// The month a dashboard shows, as it travels in the address (`?periode=2026-09`) so a leader can
// send the link: the current month when absent, malformed, or after the current month.
import type { Period } from '../../../ui/PeriodPicker';

export const PERIOD_PARAM = 'periode';

/** The first year the pickers offer: the one before the current year. */
export const earliestYear = (current: Period) => current.year - 1;

export function periodFromParam(value: string | null, current: Period): Period {
  const match = value ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!match) return current;
  const period = { year: Number(match[1]), month: Number(match[2]) };
  const valid =
    period.month >= 1 &&
    period.month <= 12 &&
    period.year >= earliestYear(current) &&
    period.year * 12 + period.month <= current.year * 12 + current.month;
  return valid ? period : current;
}

/** The parameter's value for a period, or null for the current month (a clean address). */
export function periodParamOf(period: Period, current: Period): string | null {
  if (period.year === current.year && period.month === current.month) return null;
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}
