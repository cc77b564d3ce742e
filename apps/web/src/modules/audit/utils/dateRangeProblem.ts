// Checks the date filters before anything is asked: real dates, and `to` not before `from`.
import { dayEdgeInstant } from './dayEdgeInstant';

export interface DateRangeProblem {
  field: 'from' | 'to';
  key: string;
}

export function dateRangeProblem(from: string | null, to: string | null): DateRangeProblem | null {
  // Whether a date is real does not depend on the zone.
  if (from && !dayEdgeInstant(from, 'start', 'UTC'))
    return { field: 'from', key: 'audit.filters.errors.invalidDate' };
  if (to && !dayEdgeInstant(to, 'end', 'UTC'))
    return { field: 'to', key: 'audit.filters.errors.invalidDate' };
  // Calendar dates `YYYY-MM-DD` sort as text.
  if (from && to && to < from) return { field: 'to', key: 'audit.filters.errors.toBeforeFrom' };
  return null;
}
