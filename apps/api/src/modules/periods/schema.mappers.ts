// Internal models behind the periods module's GraphQL types (used by codegen).
export type { PeriodLockView as PeriodLockMapper } from './providers/periodLocks';
export type { PeriodReopeningView as PeriodReopeningMapper } from './providers/periodReopenings';
