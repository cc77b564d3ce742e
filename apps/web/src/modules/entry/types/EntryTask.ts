// The inbox's items as the MyTasks query returns them.
import type { MyTasksQuery } from '../graphql/myTasksQuery.generated';

export type IndicatorTask = MyTasksQuery['myTasks']['indicators'][number];
export type BudgetTask = MyTasksQuery['myTasks']['subActivities'][number];
