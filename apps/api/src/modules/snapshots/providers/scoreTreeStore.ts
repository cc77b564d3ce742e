// Loads a tenant-year's score tree in a fixed handful of queries, and writes its snapshots.
import type { Prisma, PrismaClient } from '@ekinerja/db';
import { snapshotsEqual, type ScoreNode } from '@ekinerja/scoring';
import { scoringSettingsFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import { scoringSettingsOf } from '../../settings/providers/tenantSettings';
import { indicatorSeries } from '../lib/indicatorSeries';
import { computeSnapshots, type ScoreTree, type SnapshotRow } from '../lib/scoreTree';
import { compareBoardCounts, refreshBoardCounts } from '../../reporting/providers/boardCounts';
import { computeScopeStats, readScopeStats, replaceScopeStats, statsKey } from './scopeStatsStore';

export async function loadScoreTree(
  prisma: PrismaClient | Prisma.TransactionClient,
  { tenantId, year }: { tenantId: string; year: number },
): Promise<ScoreTree> {
  const [settingsRow, scorecards, perspectives, objectives, indicators, targets, measurements] =
    await Promise.all([
      prisma.tenantSettings.findUnique({ where: { tenantId }, include: WITH_CALENDAR }),
      prisma.scorecard.findMany({
        where: { tenantId, year },
        select: { id: true, ownerKind: true, orgUnitId: true, officialId: true },
      }),
      prisma.scorecardPerspective.findMany({
        where: { scorecard: { tenantId, year } },
        select: { id: true, scorecardId: true, weight: true },
      }),
      prisma.objective.findMany({
        where: { tenantId, scorecard: { year } },
        select: { id: true, perspectiveId: true, weight: true },
      }),
      prisma.indicator.findMany({
        where: { tenantId, objective: { scorecard: { year } } },
        select: {
          id: true,
          objectiveId: true,
          weight: true,
          polarity: true,
          minimizeFormula: true,
          aggregation: true,
          frequency: true,
        },
      }),
      prisma.target.findMany({
        where: { year, indicator: { tenantId } },
        select: { indicatorId: true, month: true, value: true, low: true, high: true },
      }),
      prisma.measurement.findMany({
        where: { tenantId, year, status: 'VERIFIED' },
        select: { indicatorId: true, month: true, value: true, status: true },
      }),
    ]);

  const nodes: ScoreNode[] = [];
  for (const card of scorecards) {
    const ownerId =
      card.ownerKind === 'TENANT'
        ? tenantId
        : card.ownerKind === 'OFFICIAL'
          ? card.officialId
          : card.orgUnitId;
    if (!ownerId) continue;
    nodes.push({ id: ownerId, parentId: null, kind: card.ownerKind, weight: 1 });
    nodes.push({ id: card.id, parentId: ownerId, kind: 'SCORECARD', weight: 1 });
  }
  for (const p of perspectives)
    nodes.push({ id: p.id, parentId: p.scorecardId, kind: 'PERSPECTIVE', weight: p.weight });
  for (const o of objectives)
    nodes.push({ id: o.id, parentId: o.perspectiveId, kind: 'OBJECTIVE', weight: o.weight });
  for (const i of indicators)
    nodes.push({ id: i.id, parentId: i.objectiveId, kind: 'INDICATOR', weight: i.weight });

  const targetsByIndicator = groupBy(targets, (t) => t.indicatorId);
  const valuesByIndicator = groupBy(measurements, (m) => m.indicatorId);
  return {
    tenantId,
    year,
    settings: scoringSettingsFromRow(settingsRow),
    nodes,
    indicators: indicators.map((i) => ({
      id: i.id,
      year: indicatorSeries(i, targetsByIndicator.get(i.id) ?? [], valuesByIndicator.get(i.id) ?? []),
    })),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const INSERT_BATCH = 20_000;

/** One multi-row INSERT per batch: far fewer round trips than row-wise inserts, on PGlite above all. */
async function insertSnapshots(tx: Prisma.TransactionClient, rows: SnapshotRow[]): Promise<void> {
  const column = <K extends keyof SnapshotRow>(key: K) => rows.map((r) => r[key]);
  await tx.$executeRaw`
    INSERT INTO "ScoreSnapshot" ("id", "tenantId", "nodeKind", "nodeId", "parentId", "year", "month", "score", "rawScore", "weightedSum", "weightSum", "band", "seq", "updatedAt")
    SELECT gen_random_uuid(), t, k::"ScoreNodeKind", n, p, y, m, s, r, ws, w, b::"Band", 0, now()
    FROM unnest(
      ${column('tenantId')}::uuid[], ${column('nodeKind')}::text[], ${column('nodeId')}::uuid[], ${column('parentId')}::uuid[],
      ${column('year')}::int[], ${column('month')}::int[], ${column('score')}::float8[], ${column('rawScore')}::float8[],
      ${column('weightedSum')}::float8[], ${column('weightSum')}::float8[], ${column('band')}::text[]
    ) AS x(t, k, n, p, y, m, s, r, ws, w, b)`;
}

async function tenantIds(prisma: PrismaClient, tenantId?: string): Promise<string[]> {
  if (tenantId) return [tenantId];
  return (await prisma.tenant.findMany({ select: { id: true }, orderBy: { code: 'asc' } })).map((t) => t.id);
}

function rebuiltRows(tree: ScoreTree, months: number[]): SnapshotRow[] {
  return months.flatMap((month) => computeSnapshots(tree, month).rows);
}

/**
 * Recomputes every snapshot of the given tenants (all when omitted) and months from the verified
 * measurements; each tenant-year is replaced in one transaction, so a rebuild is idempotent.
 */
export async function rebuildScores(
  prisma: PrismaClient,
  options: { tenantId?: string; year: number; months?: number[] },
): Promise<{ tenants: number; snapshots: number }> {
  const months = options.months ?? ALL_MONTHS;
  let snapshots = 0;
  const ids = await tenantIds(prisma, options.tenantId);
  for (const tenantId of ids) {
    const tree = await loadScoreTree(prisma, { tenantId, year: options.year });
    const rows = rebuiltRows(tree, months);
    const stats = await computeScopeStats(prisma, tenantId, options.year, tree.settings);
    await prisma.$transaction(
      async (tx) => {
        // The same lock writers take, so a rebuild never interleaves with an incremental update.
        await lockTenantForScoring(tx, tenantId);
        await tx.scoreSnapshot.deleteMany({ where: { tenantId, year: options.year, month: { in: months } } });
        for (let i = 0; i < rows.length; i += INSERT_BATCH)
          await insertSnapshots(tx, rows.slice(i, i + INSERT_BATCH));
        await replaceScopeStats(tx, tenantId, options.year, stats);
        await refreshBoardCounts(tx, { tenantId, year: options.year });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    snapshots += rows.length;
  }
  return { tenants: ids.length, snapshots };
}

/**
 * Rebuilds one tenant-year's snapshots and scope figures inside the caller's transaction (which
 * holds the tenant's scoring lock): for a change that moves every score, such as new thresholds.
 */
export async function rebuildTenantYear(
  tx: Prisma.TransactionClient,
  tenantId: string,
  year: number,
): Promise<number> {
  const tree = await loadScoreTree(tx, { tenantId, year });
  const stats = await computeScopeStats(tx, tenantId, year, tree.settings);
  await tx.scoreSnapshot.deleteMany({ where: { tenantId, year } });
  // Month by month: a tenant-year of 10,000 indicators never holds all its rows at once.
  let stored = 0;
  for (const month of ALL_MONTHS) {
    const rows = rebuiltRows(tree, [month]);
    for (let i = 0; i < rows.length; i += INSERT_BATCH)
      await insertSnapshots(tx, rows.slice(i, i + INSERT_BATCH));
    stored += rows.length;
  }
  await replaceScopeStats(tx, tenantId, year, stats);
  await refreshBoardCounts(tx, { tenantId, year });
  return stored;
}

/**
 * Serialises score and figure updates within a tenant: every path to a root, and every scope
 * figure, lies inside one tenant. NO KEY UPDATE leaves foreign-key checks on the tenant unblocked.
 */
export async function lockTenantForScoring(tx: Prisma.TransactionClient, tenantId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Tenant" WHERE id = ${tenantId}::uuid FOR NO KEY UPDATE`;
}

export interface SnapshotDifference {
  /**
   * ScoreSnapshot rows, ScopeMonthStats rows (nodeKind SCOPE, stored/rebuilt = reports on time),
   * or the board's counts (nodeKind `BOARD <frequency>`, the owner's id, stored/rebuilt = due).
   */
  nodeId: string;
  nodeKind: string;
  month: number;
  problem: 'missing' | 'extra' | 'different';
  stored: number | null | undefined;
  rebuilt: number | null | undefined;
}

/** Where the stored snapshots differ from a fresh rebuild (for `pnpm db:rebuild-scores --check`). */
export async function compareStoredScores(
  prisma: PrismaClient,
  options: { tenantId?: string; year: number },
): Promise<SnapshotDifference[]> {
  const differences: SnapshotDifference[] = [];
  for (const tenantId of await tenantIds(prisma, options.tenantId)) {
    const rebuilt = rebuiltRows(await loadScoreTree(prisma, { tenantId, year: options.year }), ALL_MONTHS);
    const stored = await prisma.scoreSnapshot.findMany({
      where: { tenantId, year: options.year },
      select: {
        nodeId: true,
        nodeKind: true,
        month: true,
        score: true,
        weightedSum: true,
        weightSum: true,
        band: true,
      },
    });
    const key = (r: { nodeId: string; month: number }) => `${r.nodeId}/${r.month}`;
    const storedByKey = new Map(stored.map((r) => [key(r), r]));
    for (const row of rebuilt) {
      const existing = storedByKey.get(key(row));
      storedByKey.delete(key(row));
      if (!existing) {
        differences.push({
          nodeId: row.nodeId,
          nodeKind: row.nodeKind,
          month: row.month,
          problem: 'missing',
          stored: undefined,
          rebuilt: row.score,
        });
        continue;
      }
      const same = snapshotsEqual(
        {
          nodeId: row.nodeId,
          score: existing.score,
          weightedSum: existing.weightedSum,
          weightSum: existing.weightSum,
          band: existing.band,
          predikat: 'NO_DATA',
        },
        {
          nodeId: row.nodeId,
          score: row.score,
          weightedSum: row.weightedSum,
          weightSum: row.weightSum,
          band: row.band,
          predikat: 'NO_DATA',
        },
      );
      if (!same) {
        differences.push({
          nodeId: row.nodeId,
          nodeKind: row.nodeKind,
          month: row.month,
          problem: 'different',
          stored: existing.score,
          rebuilt: row.score,
        });
      }
    }
    for (const extra of storedByKey.values()) {
      differences.push({
        nodeId: extra.nodeId,
        nodeKind: extra.nodeKind,
        month: extra.month,
        problem: 'extra',
        stored: extra.score,
        rebuilt: undefined,
      });
    }
    differences.push(...(await compareScopeStats(prisma, tenantId, options.year)));
    for (const d of await compareBoardCounts(prisma, tenantId, options.year))
      differences.push({
        nodeId: d.ownerId,
        nodeKind: `BOARD ${d.frequency}`,
        month: d.month,
        problem: d.problem,
        stored: d.stored,
        rebuilt: d.rebuilt,
      });
  }
  return differences;
}

async function compareScopeStats(
  prisma: PrismaClient,
  tenantId: string,
  year: number,
): Promise<SnapshotDifference[]> {
  const settings = await scoringSettingsOf(prisma, tenantId);
  const rebuilt = await computeScopeStats(prisma, tenantId, year, settings);
  const stored = await readScopeStats(prisma, [...new Set(rebuilt.map((r) => r.scopeId))], year, ALL_MONTHS);
  const differences: SnapshotDifference[] = [];
  for (const row of rebuilt) {
    const existing = stored.get(statsKey(row.scopeId, row.month));
    const same =
      existing !== undefined &&
      existing.reportsDue === row.reportsDue &&
      existing.reportsOnTime === row.reportsOnTime &&
      existing.budgetLines === row.budgetLines &&
      existing.pagu === row.pagu &&
      existing.plannedSpend === row.plannedSpend &&
      existing.realisedSpend === row.realisedSpend &&
      closeEnough(existing.plannedPhysicalWeighted, row.plannedPhysicalWeighted) &&
      closeEnough(existing.realisedPhysicalWeighted, row.realisedPhysicalWeighted);
    if (same) continue;
    differences.push({
      nodeId: row.scopeId,
      nodeKind: 'SCOPE',
      month: row.month,
      problem: existing ? 'different' : 'missing',
      stored: existing?.reportsOnTime,
      rebuilt: row.reportsOnTime,
    });
  }
  return differences;
}

/** Weighted physical sums are pagu × percent added in different orders: equal up to rounding. */
function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
