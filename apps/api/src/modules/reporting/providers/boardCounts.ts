// The board's stored counts (`BoardCount`): per owner of indicators, month and frequency due, how
// many indicators are due and where their values stand. Each is recomputed from the rows, set-based,
// for as little as one owner and month (a value's change) or as much as a tenant-year (a rebuild),
// so the one computation serves every path and stored counts always equal a fresh one.
import { FREQUENCIES, isDueMonth, periodWindow } from '@ekinerja/scoring';
import { Prisma, type PrismaClient } from '@ekinerja/db';
import { calendarFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';

type Db = PrismaClient | Prisma.TransactionClient;

export interface BoardCountScope {
  tenantId: string;
  year: number;
  /** One owner only: an org unit, or the tenant for its own indicators. */
  ownerId?: string;
  /** One month only. */
  month?: number;
}

/** The tenant's deadline for every (month, frequency) due in the year, by its calendar and zone. */
async function deadlinesOf(db: Db, tenantId: string, year: number, month?: number) {
  const settings = await db.tenantSettings.findUnique({ where: { tenantId }, include: WITH_CALENDAR });
  const calendar = calendarFromRow(settings);
  const months = month ? [month] : Array.from({ length: 12 }, (_, k) => k + 1);
  return months.flatMap((m) =>
    FREQUENCIES.filter((f) => isDueMonth(f, m)).map((frequency) => ({
      month: m,
      frequency,
      dueAt: periodWindow(year, m, calendar[frequency], settings?.timeZone).dueAt,
    })),
  );
}

/**
 * Replaces the stored counts of `scope` with counts computed from the indicators on the year's
 * scorecards, their values and their operators. Runs inside the caller's transaction, which holds
 * the tenant's scoring lock when values may change at the same time.
 */
export async function refreshBoardCounts(db: Db, scope: BoardCountScope): Promise<void> {
  const { tenantId, year } = scope;
  const deadlines = await deadlinesOf(db, tenantId, year, scope.month);
  const owner = scope.ownerId;
  // An owner's indicators: the unit's, or the tenant's own (no unit); spelled so the index on
  // Indicator.orgUnitId serves a value's change.
  const ownedBy = owner
    ? owner === tenantId
      ? Prisma.sql`i."orgUnitId" IS NULL`
      : Prisma.sql`i."orgUnitId" = ${owner}::uuid`
    : Prisma.sql`TRUE`;
  await db.$executeRaw`
    DELETE FROM "BoardCount" WHERE "tenantId" = ${tenantId}::uuid AND year = ${year}
      ${owner ? Prisma.sql`AND "ownerId" = ${owner}::uuid` : Prisma.empty}
      ${scope.month ? Prisma.sql`AND month = ${scope.month}` : Prisma.empty}`;
  await db.$executeRaw`
    WITH deadline AS (
      SELECT * FROM unnest(${deadlines.map((d) => d.month)}::int[], ${deadlines.map((d) => d.frequency)}::text[],
        ${deadlines.map((d) => d.dueAt)}::timestamptz[]) AS x(month, frequency, "dueAt")
    ),
    due AS (
      SELECT i.id, COALESCE(i."orgUnitId", i."tenantId") AS owner, i.frequency, x.month, x."dueAt"
      FROM "Indicator" i
      JOIN "Objective" o ON o.id = i."objectiveId"
      JOIN "Scorecard" sc ON sc.id = o."scorecardId" AND sc.year = ${year}
      JOIN deadline x ON x.frequency = i.frequency::text
      WHERE i."tenantId" = ${tenantId}::uuid AND ${ownedBy}
    ),
    counted AS (
      SELECT d.owner, d.month, d.frequency, COUNT(*) AS due,
        COUNT(*) FILTER (WHERE m.status = 'DRAFT') AS saved,
        COUNT(*) FILTER (WHERE m.status = 'SUBMITTED') AS submitted,
        COUNT(*) FILTER (WHERE m.status = 'VERIFIED') AS verified,
        COUNT(*) FILTER (WHERE m.status = 'REJECTED') AS rejected,
        COUNT(*) FILTER (WHERE m.status = 'VERIFIED' AND m."verifiedAt" >= d."dueAt") AS "verifiedLate"
      FROM due d
      LEFT JOIN "Measurement" m ON m."indicatorId" = d.id AND m.year = ${year} AND m.month = d.month
      GROUP BY d.owner, d.month, d.frequency
    ),
    operators AS (
      SELECT d.owner, d.month, d.frequency, array_agg(DISTINCT io."userId") AS ids
      FROM due d JOIN "IndicatorOperator" io ON io."indicatorId" = d.id
      GROUP BY d.owner, d.month, d.frequency
    )
    INSERT INTO "BoardCount" ("ownerId", "tenantId", year, month, frequency, due, saved, submitted,
      verified, rejected, "verifiedLate", "operatorIds")
    SELECT c.owner, ${tenantId}::uuid, ${year}, c.month, c.frequency, c.due, c.saved, c.submitted,
      c.verified, c.rejected, c."verifiedLate", COALESCE(op.ids, '{}')
    FROM counted c
    LEFT JOIN operators op ON op.owner = c.owner AND op.month = c.month AND op.frequency = c.frequency`;
}

export interface BoardCountDifference {
  ownerId: string;
  month: number;
  frequency: string;
  problem: 'missing' | 'extra' | 'different';
  /** Indicators due, as stored and as counted afresh. */
  stored: number | undefined;
  rebuilt: number | undefined;
}

class Recounted extends Error {
  constructor(readonly differences: BoardCountDifference[]) {
    super('recounted');
  }
}

type StoredCount = Prisma.BoardCountGetPayload<object>;

function sameCounts(a: StoredCount, b: StoredCount): boolean {
  const ids = (r: StoredCount) => [...r.operatorIds].sort().join(',');
  return (
    a.due === b.due &&
    a.saved === b.saved &&
    a.submitted === b.submitted &&
    a.verified === b.verified &&
    a.rejected === b.rejected &&
    a.verifiedLate === b.verifiedLate &&
    ids(a) === ids(b)
  );
}

/**
 * Where a tenant-year's stored counts differ from a fresh count (`pnpm cli rebuild-scores
 * --check`): counts afresh inside a transaction that is then rolled back, so nothing changes;
 * the tenant's writers wait meanwhile (about a second for a large kabupaten).
 */
export async function compareBoardCounts(
  prisma: PrismaClient,
  tenantId: string,
  year: number,
): Promise<BoardCountDifference[]> {
  try {
    await prisma.$transaction(
      async (tx) => {
        // The writers' lock on the tenant (as `lockTenantForScoring`), so no value changes
        // between the stored counts and the fresh ones.
        await tx.$queryRaw`SELECT 1 FROM "Tenant" WHERE id = ${tenantId}::uuid FOR NO KEY UPDATE`;
        const read = () => tx.boardCount.findMany({ where: { tenantId, year } });
        const stored = await read();
        await refreshBoardCounts(tx, { tenantId, year });
        const key = (r: StoredCount) => `${r.ownerId}/${r.month}/${r.frequency}`;
        const fresh = new Map((await read()).map((r) => [key(r), r]));
        const differences: BoardCountDifference[] = [];
        for (const row of stored) {
          const now = fresh.get(key(row));
          fresh.delete(key(row));
          if (now && sameCounts(row, now)) continue;
          differences.push({
            ownerId: row.ownerId,
            month: row.month,
            frequency: row.frequency,
            problem: now ? 'different' : 'extra',
            stored: row.due,
            rebuilt: now?.due,
          });
        }
        for (const row of fresh.values())
          differences.push({
            ownerId: row.ownerId,
            month: row.month,
            frequency: row.frequency,
            problem: 'missing',
            stored: undefined,
            rebuilt: row.due,
          });
        throw new Recounted(differences);
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof Recounted) return error.differences;
    throw error;
  }
  return [];
}
