// Internal models behind the periods module's GraphQL types (used by codegen).
export type { PeriodLockView as PeriodLockMapper } from './providers/periodLocks';
