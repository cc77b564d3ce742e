// Internal models behind the activities module's GraphQL types (used by codegen).
export type { ActivityProgressResult as ActivityProgressPayloadMapper } from './providers/activityProgress';
export type { BudgetMonthState as BudgetMonthStateMapper } from './providers/activityProgress';
