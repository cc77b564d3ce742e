// The "belum melapor" board: per child of a scope (a tenant's OPDs and, for a province, its
// kabupaten/kota; a unit's sub-units) the indicators due in a period and where their values stand,
// read from the stored counts in a fixed number of queries whatever the number of units.
import { FREQUENCIES, isDueMonth, periodWindow } from '@ekinerja/scoring';
import { Prisma, type PrismaClient } from '@ekinerja/db';
import type { Scope } from '../../org/providers/readableScope';
import { calendarFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';

export interface BoardCounts {
  due: number;
  saved: number;
  submitted: number;
  verified: number;
  rejected: number;
  late: number;
}

export interface BoardRow extends BoardCounts {
  /** The row's node: an org unit, or a tenant (the scope's own indicators, or a kabupaten/kota). */
  ref: { type: 'Tenant' | 'OrgUnit'; id: string };
  operators: string[];
  unitHeads: string[];
}

interface CountRow {
  groupId: string;
  groupIsTenant: boolean;
  due: bigint;
  saved: bigint;
  submitted: bigint;
  verified: bigint;
  rejected: bigint;
  late: bigint;
}

/** Each tenant's deadline for each frequency in the period, by its own calendar and time zone. */
async function deadlines(prisma: PrismaClient, tenantIds: string[], year: number, month: number) {
  const settings = await prisma.tenantSettings.findMany({
    where: { tenantId: { in: tenantIds } },
    include: WITH_CALENDAR,
  });
  const byTenant = new Map(settings.map((s) => [s.tenantId, s]));
  const rows = tenantIds.flatMap((tenantId) => {
    const row = byTenant.get(tenantId) ?? null;
    const calendar = calendarFromRow(row);
    return FREQUENCIES.map((frequency) => ({
      tenantId,
      frequency,
      dueAt: periodWindow(year, month, calendar[frequency], row?.timeZone).dueAt,
    }));
  });
  return rows;
}

/** Names in Indonesian order; one collator, since building one per comparison is slow. */
const byName = new Intl.Collator('id').compare;

export async function reportingBoard(
  prisma: PrismaClient,
  scope: Scope,
  year: number,
  month: number,
  now: Date,
): Promise<BoardRow[]> {
  const ownTenant = scope.type === 'Tenant' ? scope.row.id : scope.row.tenantId;
  const childTenants =
    scope.type === 'Tenant'
      ? (await prisma.tenant.findMany({ where: { parentId: ownTenant }, select: { id: true } })).map(
          (t) => t.id,
        )
      : [];
  const tenantIds = [ownTenant, ...childTenants];
  const due = FREQUENCIES.filter((f) => isDueMonth(f, month));
  // One enum value per parameter: PostgreSQL then estimates the rows from the column's statistics
  // (a cast of the column to text would not), and every driver sends scalars alike.
  const dueFrequencies = Prisma.join(due.map((f) => Prisma.sql`${f}::"Frequency"`));
  const windows = await deadlines(prisma, tenantIds, year, month);

  // The row an owner's counts go to: its tenant when that is a kabupaten/kota; else the scope's
  // child on the unit's ancestor path (ancestorIds: tenant, OPD, … , the unit), or the scope
  // itself for the scope's own indicators (owned by the tenant, or by the scope unit itself).
  const depth = scope.type === 'Tenant' ? 1 : scope.row.ancestorIds.length;
  // The units under the scope, read once and joined by hash rather than looked up per owner.
  const units =
    scope.type === 'Tenant'
      ? Prisma.sql`SELECT id, "ancestorIds" FROM "OrgUnit" WHERE "tenantId" = ANY(${tenantIds}::uuid[])`
      : Prisma.sql`SELECT id, "ancestorIds" FROM "OrgUnit" WHERE "ancestorIds" @> ARRAY[${scope.row.id}]`;
  const inScope =
    scope.type === 'Tenant'
      ? Prisma.sql`b."tenantId" = ANY(${tenantIds}::uuid[])`
      : Prisma.sql`b."tenantId" = ${ownTenant}::uuid AND u.id IS NOT NULL`;
  const groups = Prisma.sql`
    SELECT b.*,
      CASE WHEN b."tenantId" <> ${ownTenant}::uuid THEN b."tenantId"::text
           ELSE COALESCE(u."ancestorIds"[${depth + 1}], ${scope.row.id}) END AS "groupId",
      (b."tenantId" <> ${ownTenant}::uuid OR (u.id IS NULL)) AS "groupIsTenant"
    FROM "BoardCount" b
    LEFT JOIN (${units}) u ON u.id = b."ownerId"
    WHERE b.year = ${year} AND b.month = ${month} AND b.frequency IN (${dueFrequencies}) AND ${inScope}`;

  // Stored counts (kept by every write, `boardCounts.ts`); only "late" depends on the moment: a
  // value not verified is late once its deadline has passed. One pass over the owners' rows gives
  // each row's counts and its operators' names; the unit heads are read beside it.
  const [counts, heads] = await Promise.all([
    prisma.$queryRaw<(CountRow & { operators: string[] | null })[]>`
      WITH g AS MATERIALIZED (${groups}),
      deadline AS (
        SELECT * FROM unnest(${windows.map((w) => w.tenantId)}::uuid[],
          ${windows.map((w) => w.frequency)}::text[], ${windows.map((w) => w.dueAt)}::timestamptz[])
          AS x("tenantId", frequency, "dueAt")
      ),
      counted AS (
        SELECT g."groupId", bool_and(g."groupIsTenant") AS "groupIsTenant",
          SUM(g.due) AS due, SUM(g.saved) AS saved, SUM(g.submitted) AS submitted,
          SUM(g.verified) AS verified, SUM(g.rejected) AS rejected,
          SUM(g."verifiedLate" + CASE WHEN ${now}::timestamptz >= x."dueAt" THEN g.due - g.verified ELSE 0 END) AS late
        FROM g
        JOIN deadline x ON x."tenantId" = g."tenantId" AND x.frequency = g.frequency::text
        WHERE g.due > 0
        GROUP BY g."groupId"
      ),
      operators AS (
        SELECT g."groupId", array_agg(DISTINCT us."displayName") AS names
        FROM g CROSS JOIN LATERAL unnest(g."operatorIds") AS op(id)
        JOIN "User" us ON us.id = op.id
        WHERE g.due > 0
        GROUP BY g."groupId"
      )
      SELECT c.*, o.names AS operators FROM counted c LEFT JOIN operators o ON o."groupId" = c."groupId"`,
    // The heads of the rows' units: the scope's children one level down, and the scope unit itself.
    prisma.$queryRaw<{ groupId: string; name: string }[]>`
      SELECT DISTINCT ra."orgUnitId"::text AS "groupId", us."displayName" AS name
      FROM "RoleAssignment" ra
      JOIN "User" us ON us.id = ra."userId"
      JOIN "OrgUnit" u ON u.id = ra."orgUnitId"
      WHERE ra.role = 'UNIT_HEAD' AND u."ancestorIds" @> ARRAY[${scope.row.id}]
        AND (cardinality(u."ancestorIds") = ${depth + 1} OR u.id::text = ${scope.row.id})`,
  ]);
  const headsOf = new Map<string, string[]>();
  for (const h of heads) {
    const list = headsOf.get(h.groupId);
    if (list) list.push(h.name);
    else headsOf.set(h.groupId, [h.name]);
  }
  return counts.map((c) => ({
    ref: { type: c.groupIsTenant ? 'Tenant' : 'OrgUnit', id: c.groupId },
    due: Number(c.due),
    saved: Number(c.saved),
    submitted: Number(c.submitted),
    verified: Number(c.verified),
    rejected: Number(c.rejected),
    late: Number(c.late),
    operators: (c.operators ?? []).sort(byName),
    unitHeads: (headsOf.get(c.groupId) ?? []).sort(byName),
  }));
}
