// changesSince: replay the change log for a scope, or tell the client to refetch.
import type { Resolvers } from '../../generated/resolvers';
import { badInput } from '../../errors';
import { readableScope } from '../scoreboard/resolvers';

/** Beyond this many missed events a client is better served by one fresh scoreboard. */
export const MAX_REPLAY = 500;

export const changesResolvers: Resolvers = {
  Query: {
    async changesSince(_, args, ctx) {
      if (!/^\d{1,19}$/.test(args.seq)) throw badInput('seq', 'decimalSequence');
      const since = BigInt(args.seq);
      if (since > 9_223_372_036_854_775_807n) throw badInput('seq', 'decimalSequence');
      const { scope } = await readableScope(ctx, args.scopeId);
      const events = await ctx.prisma.changeEvent.findMany({
        where: { seq: { gt: since }, scopeIds: { has: scope.row.id } },
        orderBy: { seq: 'asc' },
        take: MAX_REPLAY + 1,
        include: { actor: { select: { displayName: true } } },
      });
      const refetch = events.length > MAX_REPLAY;
      const kept = refetch ? [] : events;
      const newest = await ctx.prisma.$queryRaw<
        { seq: string }[]
      >`SELECT COALESCE(MAX(seq), 0)::text AS seq FROM "ChangeEvent"`;
      return { refetch, events: kept, seq: newest[0]?.seq ?? args.seq };
    },
  },
};
