// The "belum melapor" board: per child of a scope (a tenant's OPDs and, for a province, its
// kabupaten/kota; a unit's sub-units) the indicators due in a period and where their values stand,
// in three set-based queries whatever the number of units.
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
  const windows = await deadlines(prisma, tenantIds, year, month);

  // The row an indicator counts in: its tenant when that is a kabupaten/kota; else the scope's
  // child on the unit's ancestor path (ancestorIds: tenant, OPD, … , the unit), or the scope
  // itself for the scope's own indicators.
  const depth = scope.type === 'Tenant' ? 1 : scope.row.ancestorIds.length;
  const inScope =
    scope.type === 'Tenant'
      ? Prisma.sql`i."tenantId" = ANY(${tenantIds}::uuid[])`
      : Prisma.sql`u."ancestorIds" @> ARRAY[${scope.row.id}]`;
  const dueIndicators = Prisma.sql`
    SELECT i.id, i."tenantId", i.frequency,
      CASE WHEN i."tenantId" <> ${ownTenant}::uuid THEN i."tenantId"::text
           ELSE COALESCE(u."ancestorIds"[${depth + 1}], ${scope.row.id}) END AS "groupId",
      (i."tenantId" <> ${ownTenant}::uuid OR (u.id IS NULL)) AS "groupIsTenant"
    FROM "Indicator" i
    JOIN "Objective" o ON o.id = i."objectiveId"
    JOIN "Scorecard" sc ON sc.id = o."scorecardId"
    LEFT JOIN "OrgUnit" u ON u.id = i."orgUnitId"
    WHERE sc.year = ${year} AND i.frequency::text = ANY(${due}::text[]) AND ${inScope}`;

  const [counts, operators, heads] = await Promise.all([
    prisma.$queryRaw<CountRow[]>`
      WITH d AS (${dueIndicators}),
      deadline AS (
        SELECT * FROM unnest(${windows.map((w) => w.tenantId)}::uuid[],
          ${windows.map((w) => w.frequency)}::text[], ${windows.map((w) => w.dueAt)}::timestamptz[])
          AS x("tenantId", frequency, "dueAt")
      )
      SELECT d."groupId", bool_and(d."groupIsTenant") AS "groupIsTenant",
        COUNT(*) AS due,
        COUNT(*) FILTER (WHERE m.status = 'DRAFT') AS saved,
        COUNT(*) FILTER (WHERE m.status = 'SUBMITTED') AS submitted,
        COUNT(*) FILTER (WHERE m.status = 'VERIFIED') AS verified,
        COUNT(*) FILTER (WHERE m.status = 'REJECTED') AS rejected,
        COUNT(*) FILTER (WHERE
          (m.status = 'VERIFIED' AND m."verifiedAt" >= x."dueAt")
          OR (m.status IS DISTINCT FROM 'VERIFIED' AND ${now}::timestamptz >= x."dueAt")) AS late
      FROM d
      JOIN deadline x ON x."tenantId" = d."tenantId" AND x.frequency = d.frequency::text
      LEFT JOIN "Measurement" m ON m."indicatorId" = d.id AND m.year = ${year} AND m.month = ${month}
      GROUP BY d."groupId"`,
    prisma.$queryRaw<{ groupId: string; name: string }[]>`
      WITH d AS (${dueIndicators})
      SELECT DISTINCT d."groupId", us."displayName" AS name
      FROM d
      JOIN "IndicatorOperator" io ON io."indicatorId" = d.id
      JOIN "User" us ON us.id = io."userId"
      ORDER BY name`,
    prisma.$queryRaw<{ groupId: string; name: string }[]>`
      WITH d AS (${dueIndicators})
      SELECT DISTINCT ra."orgUnitId"::text AS "groupId", us."displayName" AS name
      FROM "RoleAssignment" ra
      JOIN "User" us ON us.id = ra."userId"
      WHERE ra.role = 'UNIT_HEAD' AND ra."orgUnitId"::text IN (SELECT "groupId" FROM d)
      ORDER BY name`,
  ]);

  const namesBy = (rows: { groupId: string; name: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.groupId, [...(map.get(r.groupId) ?? []), r.name]);
    return map;
  };
  const operatorsOf = namesBy(operators);
  const headsOf = namesBy(heads);
  return counts.map((c) => ({
    ref: { type: c.groupIsTenant ? 'Tenant' : 'OrgUnit', id: c.groupId },
    due: Number(c.due),
    saved: Number(c.saved),
    submitted: Number(c.submitted),
    verified: Number(c.verified),
    rejected: Number(c.rejected),
    late: Number(c.late),
    operators: operatorsOf.get(c.groupId) ?? [],
    unitHeads: headsOf.get(c.groupId) ?? [],
  }));
}
