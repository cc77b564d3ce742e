// A kegiatan with its sub-kegiatan and cumulative budget figures.
import type { ActivityResolvers } from '../../../generated/resolverTypes';
import { monthArg } from '../../drilldown/lib/args';
import { readableOnly, scopeOf } from '../../drilldown/providers/access';
import { activitiesBudget } from '../../drilldown/providers/budget';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableIndicator, readableOfficial, tagged } from '../../drilldown/providers/drilldownObjects';

export const Activity: ActivityResolvers = {
  // Not a node: the id only keeps client caches apart.
  id: (a) => `Activity:${a.id}`,
  pic: (a, _, ctx) => readableOfficial(ctx, a.picOfficialId),
  outputIndicator: (a, _, ctx) => readableIndicator(ctx, a.outputIndicatorId),
  subActivities: async (a, _, ctx) => {
    const subs = await drilldownLoaders(ctx).subActivitiesByActivity.load(a.id);
    return (await readableOnly(ctx, subs, scopeOf.subActivity)).map(tagged.subActivity);
  },
  budget: (a, args, ctx) => activitiesBudget(ctx, a.program.tenantId, [a], monthArg(args.month)),
};
