// A user's own sessions: the live ones listed with the device they were opened from, and ending
// one of them or all but the current one. Ending is a write of the user's own, so it goes through
// the write path (one transaction, idempotent per clientMutationId) without an audit record; the
// sockets of what ended close on every instance after commit.
import type { Session } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { notFound, unauthenticated } from '../../../errors';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { announceRevocation } from './sessions';

export type SessionsContext = WriteContext & Pick<GraphQLContext, 'closeSockets'>;

/** The viewer's sessions that still let someone in, the most recently used first. */
export function liveSessionsOf(ctx: Pick<GraphQLContext, 'prisma' | 'viewer'>): Promise<Session[]> {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  return ctx.prisma.session.findMany({
    where: { userId: ctx.viewer.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ lastSeenAt: 'desc' }, { createdAt: 'desc' }],
  });
}

/**
 * Ends one of the viewer's own sessions (the current one too: that is a logout). Someone else's
 * session, or one already ended, is NOT_FOUND, so ids of other users' sessions reveal nothing.
 */
export async function endOwnSession(
  ctx: SessionsContext,
  input: { sessionId: string; clientMutationId?: string | null },
): Promise<void> {
  const actor = writeActor(ctx.viewer);
  await performWrite(
    ctx,
    actor,
    {
      operation: 'endSession',
      clientMutationId: input.clientMutationId,
      input: { sessionId: input.sessionId },
    },
    async (tx) => {
      const ended = await tx.session.updateMany({
        where: { id: input.sessionId, userId: actor.userId, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (ended.count === 0) throw notFound('Session');
      return { result: true };
    },
  );
  await announceRevocation(ctx, { sessionIds: [input.sessionId] });
}

/** Ends every session of the viewer but the one asking; answers how many ended. */
export async function endOtherOwnSessions(
  ctx: SessionsContext,
  input: { clientMutationId?: string | null },
): Promise<number> {
  const actor = writeActor(ctx.viewer);
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  const current = ctx.viewer.sessionId;
  const endedIds = await performWrite<string[]>(
    ctx,
    actor,
    { operation: 'endOtherSessions', clientMutationId: input.clientMutationId, input: {} },
    async (tx) => ({ result: await endSessionsOf(tx, actor.userId, current) }),
  );
  await announceRevocation(ctx, { sessionIds: endedIds });
  return endedIds.length;
}

type SessionDb = Pick<WriteContext['prisma'], 'session'>;

/** Ends a user's live sessions, all of them or all but `keep`; answers the ids that ended. */
export async function endSessionsOf(
  db: SessionDb,
  userId: string,
  keep: string | null = null,
): Promise<string[]> {
  const where = { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) };
  const live = await db.session.findMany({ where, select: { id: true } });
  if (live.length === 0) return [];
  await db.session.updateMany({
    where: { id: { in: live.map((s) => s.id) }, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return live.map((s) => s.id);
}
