// A program with its kegiatan and cumulative budget figures.
import type { ProgramResolvers } from '../../../generated/resolverTypes';
import { monthArg } from '../../drilldown/lib/args';
import { activitiesBudget } from '../../drilldown/providers/budget';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableIndicator, readableOfficial } from '../../drilldown/providers/drilldownObjects';

export const Program: ProgramResolvers = {
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
};
