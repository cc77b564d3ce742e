// A sub-kegiatan: pagu, owner, monthly plan and realisation, cumulative budget figures.
import type { SubActivityResolvers } from '../../../generated/resolverTypes';
import { nowOf } from '../../../context';
import { isoDate } from '../../../period';
import { monthArg } from '../../drilldown/lib/args';
import { monthNow, paguOfMonth } from '../lib/paguCeilings';
import { subActivitiesBudget, subActivityTenantId } from '../../drilldown/providers/budget';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableOfficial, readableUnit } from '../../drilldown/providers/drilldownObjects';

export const SubActivity: SubActivityResolvers = {
  id: (s) => `SubActivity:${s.id}`,
  pagu: (s, args, ctx) =>
    paguOfMonth(s, s.year, args.month ? monthArg(args.month) : monthNow(s.year, nowOf(ctx))).toString(),
  paguMurni: (s) => s.pagu.toString(),
  paguPerubahan: (s) => s.paguRevised?.toString() ?? null,
  paguPerubahanBerlaku: (s) => isoDate(s.paguRevisedOn),
  owner: (s, _, ctx) => readableUnit(ctx, s.orgUnitId),
  pic: (s, _, ctx) => readableOfficial(ctx, s.picOfficialId),
  months: (s, _, ctx) => drilldownLoaders(ctx).budgetMonthsBySubActivity.load(s.id),
  budget: async (s, args, ctx) => {
    const month = monthArg(args.month);
    return subActivitiesBudget(ctx, await subActivityTenantId(ctx, s), [s], month);
  },
};
