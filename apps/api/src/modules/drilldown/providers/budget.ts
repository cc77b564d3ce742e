// Budget figures of programs, activities and sub-activities, from batched month rows.
import type { Activity, SubActivity } from '@ekinerja/db';
import { paguOfMonth } from '../../activities/lib/paguCeilings';
import type { GraphQLContext } from '../../../context';
import type { BudgetView } from '../../scoreboard/providers/scoreboardFigures';
import { budgetFigures } from '../lib/budgetFigures';
import { drilldownLoaders, type SubActivityOfYear } from './drilldownLoaders';
import { orgLoaders } from '../../org/providers/orgLoaders';

export async function subActivitiesBudget(
  ctx: GraphQLContext,
  tenantId: string,
  subs: readonly SubActivityOfYear[],
  month: number,
): Promise<BudgetView | null> {
  const loaders = drilldownLoaders(ctx);
  const [settings, months] = await Promise.all([
    loaders.settings.load(tenantId),
    Promise.all(subs.map((s) => loaders.budgetMonthsBySubActivity.load(s.id))),
  ]);
  return budgetFigures(
    subs.map((s, i) => ({ pagu: paguOfMonth(s, s.year, month), months: months[i] ?? [] })),
    month,
    settings,
  );
}

export async function activitiesBudget(
  ctx: GraphQLContext,
  tenantId: string,
  activities: readonly Pick<Activity, 'id'>[],
  month: number,
): Promise<BudgetView | null> {
  const loaders = drilldownLoaders(ctx);
  const subs = await Promise.all(activities.map((a) => loaders.subActivitiesByActivity.load(a.id)));
  return subActivitiesBudget(ctx, tenantId, subs.flat(), month);
}

/** A sub-activity names its unit, not its tenant; the unit does. */
export async function subActivityTenantId(ctx: GraphQLContext, sub: Pick<SubActivity, 'orgUnitId'>) {
  const unit = await orgLoaders(ctx).unit.load(sub.orgUnitId);
  if (!unit) throw new Error(`sub-activity unit ${sub.orgUnitId} not found`);
  return unit.tenantId;
}
