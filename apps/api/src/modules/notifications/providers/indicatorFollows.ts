// Following an indicator: a personal choice (like notification preferences, not in the change
// log) of someone who may read it, so that its turning red reaches them.
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../../context';
import { notFound } from '../../../errors';
import { perRequest } from '../../../requestLoaders';
import { indicatorScope } from '../../measurements/providers/measurementChange';
import { writeOwn } from './inbox';

export async function setViewerFollow(
  ctx: GraphQLContext,
  input: { indicatorId: string; follow: boolean; clientMutationId?: string | null },
) {
  const scope = await indicatorScope(ctx.prisma, input.indicatorId);
  if (!scope) throw notFound('indicator');
  ctx.authorize('read', scope.scopeIds, `Indicator:${scope.id}`);
  const { clientMutationId, ...fields } = input;
  await writeOwn(
    ctx,
    { operation: 'followIndicator', clientMutationId, input: fields },
    async (tx, userId) => {
      if (fields.follow)
        await tx.$executeRaw`INSERT INTO "IndicatorFollow" ("userId", "indicatorId")
        VALUES (${userId}::uuid, ${scope.id}::uuid) ON CONFLICT DO NOTHING`;
      else await tx.indicatorFollow.deleteMany({ where: { userId, indicatorId: scope.id } });
    },
  );
  return ctx.prisma.indicator.findUniqueOrThrow({ where: { id: scope.id } });
}

/** "userId/indicatorId" → followed; one query per request for any number of indicators. */
const followLoaders = perRequest(
  (prisma) =>
    new DataLoader<string, boolean>(async (keys) => {
      const pairs = keys.map((k) => k.split('/') as [string, string]);
      const rows = await prisma.indicatorFollow.findMany({
        where: { OR: pairs.map(([userId, indicatorId]) => ({ userId, indicatorId })) },
        select: { userId: true, indicatorId: true },
      });
      const found = new Set(rows.map((r) => `${r.userId}/${r.indicatorId}`));
      return keys.map((k) => found.has(k));
    }),
);

/** Wall devices and anonymous readers follow nothing. */
export async function followedByViewer(ctx: GraphQLContext, indicatorId: string): Promise<boolean> {
  if (ctx.viewer.kind !== 'user') return false;
  return followLoaders(ctx).load(`${ctx.viewer.userId}/${indicatorId}`);
}
