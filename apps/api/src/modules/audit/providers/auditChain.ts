// The audit chain: walks the change log in sequence order, recomputing each record's hash with the
// database's `change_event_hash` and checking it links to its tenant's previous record and passes
// through every recorded head; records the current heads (the daily job).
import type { PrismaClient } from '@ekinerja/db';

export type ChainProblem =
  /** The stored content no longer gives the stored hash. */
  | 'hash'
  /** `prevHash` is not the hash of the tenant's previous record (one was changed, removed or added). */
  | 'link'
  /** A recorded head is no longer in the chain: the chain was rewritten or cut after it was recorded. */
  | 'head';

export interface ChainBreak {
  seq: string;
  tenantId: string;
  tenantCode: string;
  problem: ChainProblem;
}

export interface ChainReport {
  /** Records walked (all of them when the chain verifies). */
  records: number;
  /** The last record that verified; null when the log is empty or the first one failed. */
  verifiedSeq: string | null;
  verifiedAt: Date;
  broken: ChainBreak | null;
}

interface ChainRow {
  seq: string;
  tenantId: string;
  hash: string;
  prevHash: string | null;
  computed: string;
}

const BATCH = 5000;

async function tenantCodeOf(prisma: PrismaClient, tenantId: string): Promise<string> {
  const tenant = await prisma.tenant.findUnique({ where: { id: tenantId }, select: { code: true } });
  return tenant?.code ?? tenantId;
}

/** Verifies the chains of every tenant, or of one; stops at the first record that does not verify. */
export async function verifyAuditChain(
  prisma: PrismaClient,
  options: { tenantId?: string } = {},
): Promise<ChainReport> {
  const tenantId = options.tenantId ?? null;
  const heads = await prisma.auditHead.findMany({
    where: tenantId ? { tenantId } : {},
    select: { tenantId: true, seq: true, hash: true },
  });
  const headAt = new Map(heads.map((h) => [h.seq.toString(), h]));
  const lastHash = new Map<string, string>();
  let records = 0;
  let verifiedSeq: string | null = null;
  const broken = async (
    row: { seq: string; tenantId: string },
    problem: ChainProblem,
  ): Promise<ChainReport> => ({
    records,
    verifiedSeq,
    verifiedAt: new Date(),
    broken: {
      seq: row.seq,
      tenantId: row.tenantId,
      tenantCode: await tenantCodeOf(prisma, row.tenantId),
      problem,
    },
  });
  let after = '0';
  for (;;) {
    const rows = await prisma.$queryRaw<ChainRow[]>`
      SELECT e."seq"::text AS "seq", e."tenantId"::text AS "tenantId", e."hash", e."prevHash",
        "change_event_hash"(e."seq", e."tenantId", e."scopeIds", e."entityType", e."entityId",
          e."action", e."actorId", e."before", e."after", e."payload", e."createdAt", e."prevHash")
          AS "computed"
      FROM "ChangeEvent" e
      WHERE e."seq" > ${after}::bigint AND (${tenantId}::uuid IS NULL OR e."tenantId" = ${tenantId}::uuid)
      ORDER BY e."seq" LIMIT ${BATCH}`;
    for (const row of rows) {
      if (row.computed !== row.hash) return broken(row, 'hash');
      if (row.prevHash !== (lastHash.get(row.tenantId) ?? null)) return broken(row, 'link');
      const head = headAt.get(row.seq);
      if (head && (head.tenantId !== row.tenantId || head.hash !== row.hash)) return broken(row, 'head');
      headAt.delete(row.seq);
      lastHash.set(row.tenantId, row.hash);
      records += 1;
      verifiedSeq = row.seq;
    }
    if (rows.length < BATCH) break;
    after = rows.at(-1)!.seq;
  }
  // A recorded head the walk never reached: the records up to it are gone.
  const missing = [...headAt.values()].sort((a, b) => (a.seq < b.seq ? -1 : 1))[0];
  if (missing) return broken({ seq: missing.seq.toString(), tenantId: missing.tenantId }, 'head');
  return { records, verifiedSeq, verifiedAt: new Date(), broken: null };
}

/**
 * Records each tenant's current head after verifying the whole chain (a broken chain is not
 * blessed). Returns the heads written; a tenant whose head is already recorded is left as it is.
 */
export async function recordAuditHeads(
  prisma: PrismaClient,
): Promise<{ report: ChainReport; recorded: { tenantCode: string; seq: string }[] }> {
  const report = await verifyAuditChain(prisma);
  if (report.broken) return { report, recorded: [] };
  const recorded = await prisma.$queryRaw<{ tenantCode: string; seq: string }[]>`
    WITH heads AS (
      SELECT DISTINCT ON (e."tenantId") e."tenantId", e."seq", e."hash"
      FROM "ChangeEvent" e WHERE e."seq" <= ${report.verifiedSeq ?? '0'}::bigint
      ORDER BY e."tenantId", e."seq" DESC
    ), inserted AS (
      INSERT INTO "AuditHead" ("id", "tenantId", "seq", "hash")
      SELECT gen_random_uuid(), h."tenantId", h."seq", h."hash" FROM heads h
      ON CONFLICT ("tenantId", "seq") DO NOTHING
      RETURNING "tenantId", "seq"
    )
    SELECT t."code" AS "tenantCode", i."seq"::text AS "seq"
    FROM inserted i JOIN "Tenant" t ON t.id = i."tenantId" ORDER BY t."code"`;
  return { report, recorded };
}
