// The figures of a scope's scoreboard (what live deltas compare): scores, perspectives, ranked
// children and kabupaten/kota, budget and timeliness, in a fixed number of queries whatever the
// number of units (no per-unit queries): snapshots, budget and timeliness are grouped in SQL.
import type { OrgUnit, PrismaClient, Tenant } from '@ekinerja/db';
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
import { scoringSettingsFromRow, WITH_CALENDAR } from '../../settings/lib/scoringSettings';
import { latestClosedMonth, type StatsFigures } from '../../snapshots/lib/scopeStats';
import { deadlineFor, readScopeStats, statsKey } from '../../snapshots/providers/scopeStatsStore';
import type { Scope } from '../../org/providers/readableScope';
import { currentSequence } from '../../changes/providers/changeReplay';

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

export function scoreView(value: number | null, settings: ScoringSettings): ScoreView {
  return { value, band: band(value, settings), predikat: predikat(value, settings) };
}

function budgetView(figures: StatsFigures | undefined, settings: ScoringSettings): BudgetView | null {
  if (!figures || figures.budgetLines === 0) return null;
  const pagu = Number(figures.pagu);
  return budgetViewFromTotals(
    {
      pagu: figures.pagu,
      planned: figures.plannedSpend,
      realised: figures.realisedSpend,
      plannedPhysical: pagu > 0 ? figures.plannedPhysicalWeighted / pagu : 0,
      realisedPhysical: pagu > 0 ? figures.realisedPhysicalWeighted / pagu : 0,
    },
    settings,
  );
}

function timeliness(figures: StatsFigures | undefined): number | null {
  if (!figures || figures.reportsDue === 0) return null;
  return (figures.reportsOnTime / figures.reportsDue) * 100;
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

export async function scoreboardFigures(
  prisma: PrismaClient,
  scope: Scope,
  year: number,
  month: number,
  now: Date = new Date(),
) {
  const tenantId = scope.type === 'Tenant' ? scope.row.id : scope.row.tenantId;
  const scopeId = scope.row.id;
  // Read first: every change up to it is committed (sequence order is commit order), and what is
  // read after it is at least that new, so a client resyncing from it misses nothing.
  const seq = await currentSequence(prisma);
  // Children: a tenant's OPDs, or a unit's direct sub-units.
  const [settingsRow, children, regencyRows] = await Promise.all([
    prisma.tenantSettings.findUnique({ where: { tenantId }, include: WITH_CALENDAR }),
    prisma.orgUnit.findMany({
      where: scope.type === 'Tenant' ? { tenantId: scopeId, kind: 'OPD' } : { parentId: scopeId },
      orderBy: { sortOrder: 'asc' },
    }),
    scope.type === 'Tenant'
      ? prisma.tenant.findMany({
          where: { parentId: scopeId },
          orderBy: { code: 'asc' },
          include: { settings: { include: WITH_CALENDAR } },
        })
      : Promise.resolve([]),
  ]);
  const settings = scoringSettingsFromRow(settingsRow);
  // Timeliness counts only months whose reporting deadline has passed (each tenant's own rule).
  const closedMonth = latestClosedMonth(month, now, deadlineFor(year, settings));
  const regencyClosedMonth = new Map(
    regencyRows.map((r) => [
      r.id,
      latestClosedMonth(month, now, deadlineFor(year, scoringSettingsFromRow(r.settings))),
    ]),
  );
  const statsScopes = [scopeId, ...children.map((c) => c.id), ...regencyRows.map((r) => r.id)];

  const [scores, perspectives, stats] = await Promise.all([
    snapshotScores(prisma, statsScopes, year, month),
    prisma.scorecardPerspective.findMany({
      where: {
        scorecard:
          scope.type === 'Tenant'
            ? { ownerKey: `TENANT:${scopeId}`, year }
            : { ownerKey: `ORG_UNIT:${scopeId}`, year },
      },
      select: { id: true, perspective: true, weight: true },
    }),
    readScopeStats(prisma, statsScopes, year, [month, closedMonth, ...regencyClosedMonth.values()]),
  ]);
  const perspectiveScores = await snapshotScores(
    prisma,
    perspectives.map((p) => p.id),
    year,
    month,
  );
  const budgetOf = (id: string) => stats.get(statsKey(id, month));
  const timelinessOf = (id: string) =>
    timeliness(stats.get(statsKey(id, regencyClosedMonth.get(id) ?? closedMonth)));

  const rank = <T extends Tenant | OrgUnit>(rows: T[], typename: 'Tenant' | 'OrgUnit'): RankedView[] => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const budgetsById = new Map(rows.map((r) => [r.id, budgetView(budgetOf(r.id), settings)]));
    return rankUnits(
      rows.map((r) => ({
        id: r.id,
        name: r.name,
        score: scores.get(r.id) ?? null,
        spendDeviation: budgetsById.get(r.id)?.spendDeviation ?? null,
        timeliness: timelinessOf(r.id),
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
    ranking: rank(children, 'OrgUnit'),
    regencies: rank(
      regencyRows.map(({ settings: _settings, ...tenant }) => tenant),
      'Tenant',
    ),
    budget: budgetView(budgetOf(scopeId), settings),
    seq,
  };
}

const PERSPECTIVE_ORDER = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];

export type ScoreboardFigures = Awaited<ReturnType<typeof scoreboardFigures>>;
