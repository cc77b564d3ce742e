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

/** JSON for a jsonb parameter; null stays SQL NULL, as Prisma writes an absent Json field. */
const jsonb = (value: Prisma.InputJsonValue | null) => (value === null ? null : JSON.stringify(value));

/**
 * Call last in the transaction. The transaction-scoped lock makes sequence numbers commit in
 * order, so a reader that sees sequence n has seen every change before n: a client resyncing
 * from n can never skip one that commits late. Under the same lock the record is chained: its
 * `prevHash` is the hash of its tenant's latest record and its `hash` covers its content and
 * `prevHash` (the database's `change_event_hash`, which `audit verify` recomputes), so writers of a
 * tenant, however many at once, form one unbroken chain.
 */
export async function appendChange(tx: Prisma.TransactionClient, record: ChangeRecord): Promise<bigint> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEQUENCE_LOCK_KEY}::bigint)`;
  const [event] = await tx.$queryRaw<{ seq: string }[]>`
    WITH fresh AS (
      SELECT nextval(pg_get_serial_sequence('"ChangeEvent"', 'seq')) AS "seq",
        (now() AT TIME ZONE 'UTC')::timestamp(3) AS "createdAt",
        (SELECT "hash" FROM "ChangeEvent" WHERE "tenantId" = ${record.tenantId}::uuid
          ORDER BY "seq" DESC LIMIT 1) AS "prevHash"
    ), row AS (
      SELECT f.*, ${record.tenantId}::uuid AS "tenantId", ${record.scopeIds}::text[] AS "scopeIds",
        ${record.entityType}::text AS "entityType", ${record.entityId}::uuid AS "entityId",
        ${record.action}::text AS "action", ${record.actorId}::uuid AS "actorId",
        ${jsonb(record.before)}::jsonb AS "before", ${jsonb(record.after)}::jsonb AS "after",
        ${jsonb(record.payload)}::jsonb AS "payload"
      FROM fresh f
    )
    INSERT INTO "ChangeEvent" ("seq", "tenantId", "scopeIds", "entityType", "entityId", "action",
      "actorId", "before", "after", "payload", "createdAt", "prevHash", "hash")
    SELECT "seq", "tenantId", "scopeIds", "entityType", "entityId", "action", "actorId", "before",
      "after", "payload", "createdAt", "prevHash",
      "change_event_hash"("seq", "tenantId", "scopeIds", "entityType", "entityId", "action",
        "actorId", "before", "after", "payload", "createdAt", "prevHash")
    FROM row
    RETURNING "seq"::text AS "seq"`;
  const seq = BigInt(event!.seq);
  await tx.$executeRaw`
    INSERT INTO "ScopeCursor" ("scopeId", "seq")
    SELECT DISTINCT unnest(${record.scopeIds}::uuid[]), ${seq}::bigint
    ON CONFLICT ("scopeId") DO UPDATE SET "seq" = EXCLUDED."seq"`;
  return seq;
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
