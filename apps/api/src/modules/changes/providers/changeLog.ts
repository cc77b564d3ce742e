// Appends a committed change to the log with the next global sequence number, and moves the
// cursor of every scope it touches (what heartbeats report).
import type { Prisma } from '@ekinerja/db';
import type { ChangeNotice } from '../../../realtime/eventBus';

/** Any constant shared by all writers: the key of the lock that orders sequence numbers. */
const SEQUENCE_LOCK_KEY = 5_201_2026;

export interface ChangeRecord {
  tenantId: string;
  /** Parent tenant, tenant and org-unit ancestors of the changed node, outermost first. */
  scopeIds: string[];
  entityType: string;
  entityId: string;
  action: string;
  actorId: string | null;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
  payload: Prisma.InputJsonValue | null;
}

/**
 * Call last in the transaction. The transaction-scoped lock makes sequence numbers commit in
 * order, so a reader that sees sequence n has seen every change before n: a client resyncing
 * from n can never skip one that commits late.
 */
export async function appendChange(tx: Prisma.TransactionClient, record: ChangeRecord): Promise<bigint> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEQUENCE_LOCK_KEY}::bigint)`;
  const event = await tx.changeEvent.create({
    data: {
      tenantId: record.tenantId,
      scopeIds: record.scopeIds,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      actorId: record.actorId,
      before: record.before ?? undefined,
      after: record.after ?? undefined,
      payload: record.payload ?? undefined,
    },
    select: { seq: true },
  });
  await tx.$executeRaw`
    INSERT INTO "ScopeCursor" ("scopeId", "seq")
    SELECT DISTINCT unnest(${record.scopeIds}::uuid[]), ${event.seq}::bigint
    ON CONFLICT ("scopeId") DO UPDATE SET "seq" = EXCLUDED."seq"`;
  return event.seq;
}

/** The bus message for a change just logged (the actor's name is added when it is published). */
export function noticeOf(
  record: Pick<ChangeRecord, 'tenantId' | 'scopeIds' | 'entityType' | 'entityId' | 'action'>,
  seq: bigint,
  scores: ChangeNotice['scores'] = [],
): Omit<ChangeNotice, 'actorName'> {
  return {
    seq: seq.toString(),
    tenantId: record.tenantId,
    scopeIds: record.scopeIds,
    entityType: record.entityType,
    entityId: record.entityId,
    action: record.action,
    at: new Date().toISOString(),
    scores,
  };
}

/** A change to one entity inside a scope, as the log records it: where it belongs, what it was and is. */
export function changeOf(
  scope: { tenantId: string; scopeIds: string[] },
  entityType: string,
  entityId: string,
  change: Pick<ChangeRecord, 'action' | 'before' | 'after'> & { payload?: ChangeRecord['payload'] },
): Omit<ChangeRecord, 'actorId'> {
  return {
    tenantId: scope.tenantId,
    scopeIds: scope.scopeIds,
    entityType,
    entityId,
    payload: change.payload ?? null,
    action: change.action,
    before: change.before,
    after: change.after,
  };
}
