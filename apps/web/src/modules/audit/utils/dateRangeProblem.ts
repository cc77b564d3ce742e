// Checks the date filters before anything is asked: real dates, and `to` not before `from`.
import { witaInstantOf } from './witaInstantOf';

export interface DateRangeProblem {
  field: 'from' | 'to';
  key: string;
}

export function dateRangeProblem(from: string | null, to: string | null): DateRangeProblem | null {
  if (from && !witaInstantOf(from, 'start'))
    return { field: 'from', key: 'audit.filters.errors.invalidDate' };
  if (to && !witaInstantOf(to, 'end')) return { field: 'to', key: 'audit.filters.errors.invalidDate' };
  // Calendar dates `YYYY-MM-DD` sort as text.
  if (from && to && to < from) return { field: 'to', key: 'audit.filters.errors.toBeforeFrom' };
  return null;
}
