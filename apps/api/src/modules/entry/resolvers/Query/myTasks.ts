// myTasks: the operator's inbox for a period, limited to what the operator may still read.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { nowOf } from '../../../../context';
import { parseInput, unauthenticated } from '../../../../errors';
import { periodInput } from '../../../../period';
import { isReadable, scopeNode } from '../../../org/providers/orgLoaders';
import { tasksForOperator } from '../../providers/tasksForOperator';

export const myTasks: NonNullable<QueryResolvers['myTasks']> = async (_parent, args, ctx) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  const { year, month } = parseInput(periodInput, args);
  const tasks = await tasksForOperator(ctx.prisma, ctx.viewer.userId, year, month, nowOf(ctx));
  // Assignment is per user, but a role change must still end access: keep only what the viewer
  // may read now.
  const readable = await Promise.all(
    tasks.indicators.map(async (t) => ((await isReadable(ctx, await scopeNode(ctx, t.ownerRef))) ? t : null)),
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
};
