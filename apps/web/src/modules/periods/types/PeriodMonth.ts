// One month of the lock grid: open, or locked with who locked it, when and why.
import type { PeriodLockFieldsFragment } from '../graphql/periodLockFieldsFragment.generated';

export interface PeriodMonth {
  month: number;
  lock: PeriodLockFieldsFragment | null;
}
