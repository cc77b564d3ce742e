// The twelve months of a year, each with its lock (if any) from the API's list of locked months.
import type { PeriodLockFieldsFragment } from '../graphql/periodLockFieldsFragment.generated';
import type { PeriodMonth } from '../types/PeriodMonth';

export function periodMonthsOf(locks: readonly PeriodLockFieldsFragment[], year: number): PeriodMonth[] {
  return Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    lock: locks.find((l) => l.year === year && l.month === i + 1) ?? null,
  }));
}
