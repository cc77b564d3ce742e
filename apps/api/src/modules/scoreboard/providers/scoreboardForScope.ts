// Everything a wall needs for one scope, in a fixed number of queries whatever the number of
// units (no per-unit queries): snapshots, budget and timeliness are grouped in SQL.
import type { OrgUnit, PrismaClient, Tenant } from '@ekinerja/db';
import { Prisma } from '@ekinerja/db';
import {
  band,
  budgetPerformance,
  predikat,
  rankUnits,
  type DeviationLevel,
  type Predikat,
  type ScoreBand,
  type ScoringSettings,
} from '@ekinerja/scoring';
import { scoringSettingsFromRow } from '../../settings/lib/scoringSettings';

export type Scope = { type: 'Tenant'; row: Tenant } | { type: 'OrgUnit'; row: OrgUnit };

/** The scope's row tagged with its GraphQL type. */
export function taggedScope(
  scope: Scope,
): (Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' }) {
  return scope.type === 'Tenant'
    ? { ...scope.row, __typename: 'Tenant' }
    : { ...scope.row, __typename: 'OrgUnit' };
}

export interface ScoreView {
  value: number | null;
  band: ScoreBand;
  predikat: Predikat | 'NO_DATA';
}

export interface BudgetView {
  pagu: string;
  plannedSpend: string;
  realisedSpend: string;
  absorption: number | null;
  spendDeviation: number | null;
  plannedPhysical: number;
  realisedPhysical: number;
  physicalDeviation: number;
  spendLevel: DeviationLevel;
  physicalLevel: DeviationLevel;
}

export interface RankedView {
  node: (Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' });
  rank: number;
  index: number | null;
  score: ScoreView;
  budget: BudgetView | null;
  timeliness: number | null;
}

interface BudgetRow {
  groupId: string;
  pagu: string;
  planned: string;
  realised: string;
  plannedPhysical: number | null;
  realisedPhysical: number | null;
}

interface TimelinessRow {
  groupId: string;
  due: bigint;
  onTime: bigint;
}

function scoreView(value: number | null, settings: ScoringSettings): ScoreView {
  return { value, band: band(value, settings), predikat: predikat(value, settings) };
}

function budgetView(row: BudgetRow | undefined, settings: ScoringSettings): BudgetView | null {
  if (!row) return null;
  return budgetViewFromTotals(
    {
      pagu: BigInt(row.pagu),
      planned: BigInt(row.planned),
      realised: BigInt(row.realised),
      plannedPhysical: row.plannedPhysical ?? 0,
      realisedPhysical: row.realisedPhysical ?? 0,
    },
    settings,
  );
}

/** Cumulative totals of one or more budget lines as the figures every screen shows. */
export function budgetViewFromTotals(
  totals: {
    pagu: bigint;
    planned: bigint;
    realised: bigint;
    plannedPhysical: number;
    realisedPhysical: number;
  },
  settings: ScoringSettings,
): BudgetView {
  const plannedPhysical = clampPercent(totals.plannedPhysical);
  const realisedPhysical = clampPercent(totals.realisedPhysical);
  const perf = budgetPerformance(
    {
      ceiling: totals.pagu,
      plannedSpend: totals.planned,
      realisedSpend: totals.realised,
      plannedPhysical,
      realisedPhysical,
    },
    settings,
  );
  return {
    pagu: totals.pagu.toString(),
    plannedSpend: totals.planned.toString(),
    realisedSpend: totals.realised.toString(),
    absorption: perf.absorption,
    spendDeviation: perf.spendDeviation,
    plannedPhysical,
    realisedPhysical,
    physicalDeviation: perf.physicalDeviation,
    spendLevel: perf.spendLevel,
    physicalLevel: perf.physicalLevel,
  };
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * Budget of sub-activities grouped by `groupExpr` (an SQL expression over the OrgUnit row `u` of
 * the sub-activity's owner), cumulative up to `month`; physical progress is weighted by pagu.
 */
async function budgetBy(
  prisma: PrismaClient,
  groupExpr: Prisma.Sql,
  where: Prisma.Sql,
  year: number,
  month: number,
): Promise<Map<string, BudgetRow>> {
  const rows = await prisma.$queryRaw<BudgetRow[]>`
    WITH subs AS (
      SELECT sa.id, sa.pagu, ${groupExpr} AS "groupId"
      FROM "SubActivity" sa
      JOIN "Activity" a ON a.id = sa."activityId"
      JOIN "Program" p ON p.id = a."programId"
      JOIN "OrgUnit" u ON u.id = sa."orgUnitId"
      WHERE p.year = ${year} AND ${where}
    ), months AS (
      SELECT bm."subActivityId",
        COALESCE(SUM(bm."plannedSpend") FILTER (WHERE bm.month <= ${month}), 0) AS planned,
        COALESCE(SUM(bm."realisedSpend") FILTER (WHERE bm.month <= ${month}), 0) AS realised,
        MAX(bm."plannedPhysical") FILTER (WHERE bm.month = ${month}) AS planned_physical,
        (ARRAY_AGG(bm."realisedPhysical" ORDER BY bm.month DESC)
          FILTER (WHERE bm.month <= ${month} AND bm."realisedPhysical" IS NOT NULL))[1] AS realised_physical
      FROM "BudgetMonth" bm
      WHERE bm."subActivityId" IN (SELECT id FROM subs)
      GROUP BY bm."subActivityId"
    )
    SELECT subs."groupId",
      SUM(subs.pagu)::text AS pagu,
      COALESCE(SUM(months.planned), 0)::text AS planned,
      COALESCE(SUM(months.realised), 0)::text AS realised,
      (SUM(subs.pagu * COALESCE(months.planned_physical, 0)) / NULLIF(SUM(subs.pagu), 0))::float8 AS "plannedPhysical",
      (SUM(subs.pagu * COALESCE(months.realised_physical, 0)) / NULLIF(SUM(subs.pagu), 0))::float8 AS "realisedPhysical"
    FROM subs LEFT JOIN months ON months."subActivityId" = subs.id
    GROUP BY subs."groupId"`;
  return new Map(rows.map((r) => [r.groupId, r]));
}

/**
 * Reports due up to `month` whose deadline (the due day of the next month, end of day in the
 * tenant's zone) has passed, and how many of them were verified by then, grouped by `groupExpr`.
 */
async function timelinessBy(
  prisma: PrismaClient,
  groupExpr: Prisma.Sql,
  where: Prisma.Sql,
  year: number,
  month: number,
  settings: ScoringSettings,
): Promise<Map<string, number>> {
  const rows = await prisma.$queryRaw<TimelinessRow[]>`
    SELECT ${groupExpr} AS "groupId",
      COUNT(*) AS due,
      COUNT(*) FILTER (WHERE m.status = 'VERIFIED' AND m."verifiedAt" < d.deadline) AS "onTime"
    FROM "Target" t
    JOIN "Indicator" i ON i.id = t."indicatorId"
    LEFT JOIN "OrgUnit" u ON u.id = i."orgUnitId"
    CROSS JOIN LATERAL (
      SELECT make_timestamptz(t.year, t.month, 1, 0, 0, 0, ${settings.timeZone})
        + INTERVAL '1 month' + make_interval(days => ${settings.dueDay}) AS deadline
    ) d
    LEFT JOIN "Measurement" m ON m."indicatorId" = t."indicatorId" AND m.year = t.year AND m.month = t.month
    WHERE t.year = ${year} AND t.month <= ${month} AND d.deadline < now() AND ${where}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.groupId, r.due > 0n ? (Number(r.onTime) / Number(r.due)) * 100 : 0]));
}

async function snapshotScores(
  prisma: PrismaClient,
  nodeIds: string[],
  year: number,
  month: number,
): Promise<Map<string, number | null>> {
  if (nodeIds.length === 0) return new Map();
  const rows = await prisma.scoreSnapshot.findMany({
    where: { nodeId: { in: nodeIds }, year, month },
    select: { nodeId: true, score: true },
  });
  return new Map(rows.map((r) => [r.nodeId, r.score]));
}

export async function scoreboardForScope(prisma: PrismaClient, scope: Scope, year: number, month: number) {
  const tenantId = scope.type === 'Tenant' ? scope.row.id : scope.row.tenantId;
  const scopeId = scope.row.id;
  const settings = scoringSettingsFromRow(await prisma.tenantSettings.findUnique({ where: { tenantId } }));
  const inScope =
    scope.type === 'Tenant'
      ? Prisma.sql`u."tenantId" = ${scopeId}::uuid`
      : Prisma.sql`u."ancestorIds" @> ARRAY[${scopeId}]`;
  // Children: a tenant's OPDs, or a unit's direct sub-units; grouped by their position in ancestorIds.
  const children = await prisma.orgUnit.findMany({
    where: scope.type === 'Tenant' ? { tenantId: scopeId, kind: 'OPD' } : { parentId: scopeId },
    orderBy: { sortOrder: 'asc' },
  });
  const childDepth = scope.type === 'Tenant' ? 2 : scope.row.ancestorIds.length + 1;
  const childGroup = Prisma.sql`u."ancestorIds"[${childDepth}]`;
  const regencyRows =
    scope.type === 'Tenant'
      ? await prisma.tenant.findMany({ where: { parentId: scopeId }, orderBy: { code: 'asc' } })
      : [];

  const [scores, perspectives, childBudget, childTimeliness, scopeBudget, regencyBudget, regencyTimeliness] =
    await Promise.all([
      snapshotScores(
        prisma,
        [scopeId, ...children.map((c) => c.id), ...regencyRows.map((r) => r.id)],
        year,
        month,
      ),
      prisma.scorecardPerspective.findMany({
        where: {
          scorecard:
            scope.type === 'Tenant'
              ? { ownerKey: `TENANT:${scopeId}`, year }
              : { ownerKey: `ORG_UNIT:${scopeId}`, year },
        },
        select: { id: true, perspective: true, weight: true },
      }),
      budgetBy(prisma, childGroup, inScope, year, month),
      timelinessBy(prisma, childGroup, inScope, year, month, settings),
      budgetBy(prisma, Prisma.sql`'scope'`, inScope, year, month),
      regencyRows.length
        ? budgetBy(
            prisma,
            Prisma.sql`u."tenantId"::text`,
            Prisma.sql`u."tenantId" IN (SELECT id FROM "Tenant" WHERE "parentId" = ${scopeId}::uuid)`,
            year,
            month,
          )
        : Promise.resolve(new Map<string, BudgetRow>()),
      regencyRows.length
        ? timelinessBy(
            prisma,
            Prisma.sql`i."tenantId"::text`,
            Prisma.sql`i."tenantId" IN (SELECT id FROM "Tenant" WHERE "parentId" = ${scopeId}::uuid)`,
            year,
            month,
            settings,
          )
        : Promise.resolve(new Map<string, number>()),
    ]);
  const perspectiveScores = await snapshotScores(
    prisma,
    perspectives.map((p) => p.id),
    year,
    month,
  );

  const rank = <T extends Tenant | OrgUnit>(
    rows: T[],
    typename: 'Tenant' | 'OrgUnit',
    budgets: Map<string, BudgetRow>,
    timeliness: Map<string, number>,
  ): RankedView[] => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const budgetsById = new Map(rows.map((r) => [r.id, budgetView(budgets.get(r.id), settings)]));
    return rankUnits(
      rows.map((r) => ({
        id: r.id,
        name: r.name,
        score: scores.get(r.id) ?? null,
        spendDeviation: budgetsById.get(r.id)?.spendDeviation ?? null,
        timeliness: timeliness.get(r.id) ?? null,
      })),
      settings,
    ).map((ranked) => ({
      node: { ...(byId.get(ranked.id) as T), __typename: typename } as unknown as RankedView['node'],
      rank: ranked.rank,
      index: ranked.index,
      score: scoreView(ranked.score, settings),
      budget: budgetsById.get(ranked.id) ?? null,
      timeliness: ranked.timeliness,
    }));
  };

  const [atRisk, openIssues, latestActivity, seq] = await Promise.all([
    atRiskIndicators(prisma, scope, year, month),
    prisma.issue.findMany({
      where: {
        status: { not: 'RESOLVED' },
        ...(scope.type === 'Tenant' ? { tenantId: scopeId } : { orgUnit: { ancestorIds: { has: scopeId } } }),
      },
      orderBy: [{ severity: 'desc' }, { createdAt: 'desc' }],
      take: 10,
    }),
    prisma.changeEvent.findMany({
      where: { scopeIds: { has: scopeId } },
      orderBy: { seq: 'desc' },
      take: 15,
      include: { actor: { select: { displayName: true } } },
    }),
    prisma.$queryRaw<{ seq: string }[]>`SELECT COALESCE(MAX(seq), 0)::text AS seq FROM "ChangeEvent"`,
  ]);

  return {
    tenantId,
    settings,
    score: scoreView(scores.get(scopeId) ?? null, settings),
    perspectives: perspectives
      .sort((a, b) => PERSPECTIVE_ORDER.indexOf(a.perspective) - PERSPECTIVE_ORDER.indexOf(b.perspective))
      .map((p) => ({
        perspective: p.perspective,
        weight: p.weight,
        score: scoreView(perspectiveScores.get(p.id) ?? null, settings),
      })),
    ranking: rank(children, 'OrgUnit', childBudget, childTimeliness),
    regencies: rank(regencyRows, 'Tenant', regencyBudget, regencyTimeliness),
    budget: budgetView(scopeBudget.get('scope'), settings),
    atRisk: atRisk.map((r) => ({ ...r, score: scoreView(r.score, settings) })),
    openIssues,
    latestActivity,
    seq: seq[0]?.seq ?? '0',
  };
}

const PERSPECTIVE_ORDER = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];

interface AtRiskRow {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  orgUnitId: string | null;
  tenantId: string;
  score: number | null;
}

/** The scope's RED indicators for the month, worst first. */
async function atRiskIndicators(
  prisma: PrismaClient,
  scope: Scope,
  year: number,
  month: number,
): Promise<AtRiskRow[]> {
  const filter =
    scope.type === 'Tenant'
      ? Prisma.sql`i."tenantId" = ${scope.row.id}::uuid`
      : Prisma.sql`i."orgUnitId" IN (SELECT id FROM "OrgUnit" WHERE "ancestorIds" @> ARRAY[${scope.row.id}])`;
  return prisma.$queryRaw<AtRiskRow[]>`
    SELECT i.id AS "indicatorId", i.code, i.name, i.unit, i."orgUnitId", i."tenantId", s.score
    FROM "ScoreSnapshot" s
    JOIN "Indicator" i ON i.id = s."nodeId"
    WHERE s."nodeKind" = 'INDICATOR' AND s.year = ${year} AND s.month = ${month} AND s.band = 'RED' AND ${filter}
    ORDER BY s.score ASC NULLS LAST, i.name
    LIMIT 10`;
}
