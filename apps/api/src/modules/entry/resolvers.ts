// myTasks: the operator's inbox for a period.
import { periodInput } from '../../period';
import type { Resolvers } from '../../generated/resolvers';
import { fromZodError, unauthenticated } from '../../errors';
import { toGlobalId } from '../../ids';
import { isReadable, scopeNode } from '../org/providers/orgLoaders';
import { tasksForOperator } from './providers/tasksForOperator';

export const entryResolvers: Resolvers = {
  Query: {
    async myTasks(_, args, ctx) {
      if (ctx.viewer.kind !== 'user') throw unauthenticated();
      const period = periodInput.safeParse(args);
      if (!period.success) throw fromZodError(period.error);
      // Assignment is per user, but a role change must still end access: keep only what the
      // viewer may read now.
      const tasks = await tasksForOperator(
        ctx.prisma,
        ctx.viewer.userId,
        period.data.year,
        period.data.month,
      );
      const readable = await Promise.all(
        tasks.indicators.map(async (t) => {
          return (await isReadable(ctx, await scopeNode(ctx, t.ownerRef))) ? t : null;
        }),
      );
      const readableLines = await Promise.all(
        tasks.subActivities.map(async (t) =>
          (await isReadable(ctx, await scopeNode(ctx, { type: 'OrgUnit', id: t.orgUnitId }))) ? t : null,
        ),
      );
      return {
        indicators: readable.filter((t) => t !== null),
        subActivities: readableLines.filter((t) => t !== null),
      };
    },
  },
  EntryTask: {
    indicatorId: (t) => toGlobalId('Indicator', t.indicatorId),
    owner: (t, _, ctx) => scopeNode(ctx, t.ownerRef),
    deadline: (t) => t.deadline.toISOString(),
  },
  MeasurementState: {
    id: (m) => `Measurement:${m.id}`,
  },
  BudgetTask: {
    subActivityId: (t) => `SubActivity:${t.subActivityId}`,
    owner: (t, _, ctx) => scopeNode(ctx, { type: 'OrgUnit', id: t.orgUnitId }),
    pagu: (t) => t.pagu.toString(),
    plannedSpend: (t) => t.plannedSpend.toString(),
    realisedSpend: (t) => t.realisedSpend?.toString() ?? null,
  },
};
