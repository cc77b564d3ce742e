// Internal models behind the activities module's GraphQL types (used by codegen).
import type { Activity, BudgetMonth, Program, SubActivity } from '@ekinerja/db';
export type { ActivityProgressResult as ActivityProgressPayloadMapper } from './providers/activityProgress';
export type { BudgetMonthState as BudgetMonthStateMapper } from './providers/activityProgress';
export type ProgramMapper = Program & { __typename?: 'Program' };
export type ActivityMapper = Activity & { program: Program };
/** With its program's budget year: the pagu in force depends on it. */
export type SubActivityMapper = SubActivity & { year: number; __typename?: 'SubActivity' };
export type BudgetMonthMapper = BudgetMonth;
