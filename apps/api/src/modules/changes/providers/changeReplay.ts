// Reading the change log back: the newest sequence number, and what a scope missed since one.
import type { PrismaClient } from '@ekinerja/db';

/** Beyond this many missed events a client is better served by one fresh scoreboard. */
export const MAX_REPLAY = 500;

export async function currentSequence(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRaw<
    { seq: string }[]
  >`SELECT COALESCE(MAX(seq), 0)::text AS seq FROM "ChangeEvent"`;
  return rows[0]?.seq ?? '0';
}

/** The scope's events after `since`, or none with `refetch` when there are too many to replay. */
export async function changesSince(prisma: PrismaClient, scopeId: string, since: bigint) {
  const events = await prisma.changeEvent.findMany({
    where: { seq: { gt: since }, scopeIds: { has: scopeId } },
    orderBy: { seq: 'asc' },
    take: MAX_REPLAY + 1,
    include: { actor: { select: { displayName: true } } },
  });
  const refetch = events.length > MAX_REPLAY;
  return { refetch, events: refetch ? [] : events, seq: await currentSequence(prisma) };
}
