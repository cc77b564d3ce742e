// A sub-kegiatan: pagu, owner, monthly plan and realisation, cumulative budget figures.
import type { SubActivityResolvers } from '../../../generated/resolverTypes';
import { monthArg } from '../../drilldown/lib/args';
import { subActivitiesBudget, subActivityTenantId } from '../../drilldown/providers/budget';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableOfficial, readableUnit } from '../../drilldown/providers/drilldownObjects';

export const SubActivity: SubActivityResolvers = {
  id: (s) => `SubActivity:${s.id}`,
  pagu: (s) => s.pagu.toString(),
  owner: (s, _, ctx) => readableUnit(ctx, s.orgUnitId),
  pic: (s, _, ctx) => readableOfficial(ctx, s.picOfficialId),
  months: (s, _, ctx) => drilldownLoaders(ctx).budgetMonthsBySubActivity.load(s.id),
  budget: async (s, args, ctx) => {
    const month = monthArg(args.month);
    return subActivitiesBudget(ctx, await subActivityTenantId(ctx, s), [s], month);
  },
};
