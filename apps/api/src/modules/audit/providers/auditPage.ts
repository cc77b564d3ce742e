// One page of a scope's change log, newest first, keyed by sequence number.
import type { PrismaClient } from '@ekinerja/db';
import type { AuditConnectionMapper } from '../schema.mappers';

export interface AuditFilters {
  actorId?: string;
  entityType?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only changes older than this sequence number (the previous page's end cursor). */
  after?: string | null;
}

export async function auditPage(
  prisma: PrismaClient,
  scopeId: string,
  filters: AuditFilters,
  take: number,
): Promise<AuditConnectionMapper> {
  const { actorId, entityType, action, from, to, after } = filters;
  const rows = await prisma.changeEvent.findMany({
    where: {
      scopeIds: { has: scopeId },
      ...(actorId ? { actorId } : {}),
      ...(entityType ? { entityType } : {}),
      ...(action ? { action } : {}),
      ...(from || to
        ? { createdAt: { ...(from ? { gte: new Date(from) } : {}), ...(to ? { lt: new Date(to) } : {}) } }
        : {}),
      ...(after ? { seq: { lt: BigInt(after) } } : {}),
    },
    orderBy: { seq: 'desc' },
    take: take + 1,
    include: { actor: { select: { displayName: true } } },
  });
  const page = rows.slice(0, take);
  return {
    edges: page.map((node) => ({ cursor: node.seq.toString(), node })),
    pageInfo: { hasNextPage: rows.length > take, endCursor: page.at(-1)?.seq.toString() ?? null },
  };
}
