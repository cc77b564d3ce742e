// Programs, kegiatan and sub-kegiatan with their cumulative budget figures.
import type { Resolvers } from '../../../generated/resolvers';
import { monthArg } from '../lib/args';
import { readableOnly, scopeOf } from '../providers/access';
import { activitiesBudget, subActivitiesBudget, subActivityTenantId } from '../providers/budget';
import { drilldownLoaders } from '../providers/drilldownLoaders';
import { readableIndicator, readableOfficial, readableUnit, tagged } from '../providers/drilldownObjects';

export const programResolvers: Resolvers = {
  Program: {
    // The "Type:uuid" form of toGlobalId, whose NodeType does not list Program or SubActivity.
    id: (p) => `Program:${p.id}`,
    pic: (p, _, ctx) => readableOfficial(ctx, p.picOfficialId),
    outcomeIndicator: (p, _, ctx) => readableIndicator(ctx, p.outcomeIndicatorId),
    // Activities belong to their program: reading the program is reading them.
    activities: async (p, _, ctx) =>
      (await drilldownLoaders(ctx).activitiesByProgram.load(p.id)).map((a) => ({ ...a, program: p })),
    budget: async (p, args, ctx) => {
      const month = monthArg(args.month);
      const activities = await drilldownLoaders(ctx).activitiesByProgram.load(p.id);
      return activitiesBudget(ctx, p.tenantId, activities, month);
    },
  },
  Activity: {
    // Not a node: the id only keeps client caches apart.
    id: (a) => `Activity:${a.id}`,
    pic: (a, _, ctx) => readableOfficial(ctx, a.picOfficialId),
    outputIndicator: (a, _, ctx) => readableIndicator(ctx, a.outputIndicatorId),
    subActivities: async (a, _, ctx) => {
      const subs = await drilldownLoaders(ctx).subActivitiesByActivity.load(a.id);
      return (await readableOnly(ctx, subs, scopeOf.subActivity)).map(tagged.subActivity);
    },
    budget: (a, args, ctx) => activitiesBudget(ctx, a.program.tenantId, [a], monthArg(args.month)),
  },
  SubActivity: {
    id: (s) => `SubActivity:${s.id}`,
    pagu: (s) => s.pagu.toString(),
    owner: (s, _, ctx) => readableUnit(ctx, s.orgUnitId),
    pic: (s, _, ctx) => readableOfficial(ctx, s.picOfficialId),
    months: (s, _, ctx) => drilldownLoaders(ctx).budgetMonthsBySubActivity.load(s.id),
    budget: async (s, args, ctx) => {
      const month = monthArg(args.month);
      return subActivitiesBudget(ctx, await subActivityTenantId(ctx, s), [s], month);
    },
  },
  BudgetMonth: {
    plannedSpend: (m) => m.plannedSpend.toString(),
    realisedSpend: (m) => m.realisedSpend?.toString() ?? null,
    evidence: (m, _, ctx) => drilldownLoaders(ctx).evidenceByBudgetMonth.load(m.id),
  },
};
