// Moves the stored snapshots on one indicator's path to its root when its verified values change:
// O(depth × months) rows, through the scoring engine's incremental update.
import type { Prisma } from '@ekinerja/db';
import {
  applyLeafChange,
  ScoringInputError,
  yearToDate,
  type PathEntry,
  type ScoringSettings,
  type Snapshot,
} from '@ekinerja/scoring';
import { indicatorSeries } from '../lib/indicatorSeries';
import type { SnapshotKind, SnapshotRow } from '../lib/scoreTree';

/** A snapshot row as a write changes it (its tenant and year are the write's). */
export type SnapshotChange = Omit<SnapshotRow, 'tenantId' | 'year'>;

interface PathNode {
  id: string;
  kind: SnapshotKind;
  /** Weight in its parent (the root's is unused). */
  weight: number;
}

/** indicator → objective → perspective → scorecard → owner, with each node's weight in its parent. */
async function indicatorPath(tx: Prisma.TransactionClient, indicatorId: string): Promise<PathNode[]> {
  const row = await tx.indicator.findUniqueOrThrow({
    where: { id: indicatorId },
    select: {
      weight: true,
      objective: {
        select: {
          id: true,
          weight: true,
          perspective: {
            select: {
              id: true,
              weight: true,
              scorecard: {
                select: { id: true, ownerKind: true, orgUnitId: true, officialId: true, tenantId: true },
              },
            },
          },
        },
      },
    },
  });
  const perspective = row.objective.perspective;
  const card = perspective.scorecard;
  const ownerId =
    card.ownerKind === 'TENANT'
      ? card.tenantId
      : card.ownerKind === 'OFFICIAL'
        ? card.officialId
        : card.orgUnitId;
  const path: PathNode[] = [
    { id: indicatorId, kind: 'INDICATOR', weight: row.weight },
    { id: row.objective.id, kind: 'OBJECTIVE', weight: row.objective.weight },
    { id: perspective.id, kind: 'PERSPECTIVE', weight: perspective.weight },
    { id: card.id, kind: 'SCORECARD', weight: 1 },
  ];
  if (ownerId) path.push({ id: ownerId, kind: card.ownerKind, weight: 1 });
  return path;
}

/**
 * The snapshots that change, for months `fromMonth`..12, when the indicator's verified values are
 * what the transaction now holds. Year-to-date months before `fromMonth` cannot change.
 * The caller holds the tenant's scoring lock, so the stored sums it starts from stay current.
 */
export async function indicatorScoreChanges(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  year: number,
  fromMonth: number,
  settings: ScoringSettings,
): Promise<SnapshotChange[]> {
  const [indicator, path] = await Promise.all([
    tx.indicator.findUniqueOrThrow({
      where: { id: indicatorId },
      select: {
        polarity: true,
        minimizeFormula: true,
        aggregation: true,
        frequency: true,
        targets: { where: { year }, select: { month: true, value: true, low: true, high: true } },
        measurements: {
          where: { year, status: 'VERIFIED' },
          select: { month: true, value: true, status: true },
        },
      },
    }),
    indicatorPath(tx, indicatorId),
  ]);
  const series = indicatorSeries(indicator, indicator.targets, indicator.measurements);
  const months = Array.from({ length: 13 - fromMonth }, (_, i) => fromMonth + i);
  const stored = await tx.scoreSnapshot.findMany({
    where: { nodeId: { in: path.map((p) => p.id) }, year, month: { in: months } },
    select: { nodeId: true, month: true, score: true, weightedSum: true, weightSum: true, band: true },
  });
  const storedByKey = new Map(stored.map((s) => [`${s.nodeId}/${s.month}`, s]));
  const kindOf = new Map(path.map((p) => [p.id, p.kind]));
  const parentOf = new Map(path.map((p, i) => [p.id, path[i + 1]?.id ?? null]));

  const changes: SnapshotChange[] = [];
  for (const month of months) {
    const entries: PathEntry[] = path.map((node) => {
      const s = storedByKey.get(`${node.id}/${month}`);
      // A node created after the last rebuild has no row yet: it has no data.
      const snapshot: Snapshot = s
        ? { ...s, predikat: 'NO_DATA' }
        : {
            nodeId: node.id,
            score: null,
            weightedSum: 0,
            weightSum: 0,
            band: 'NO_DATA',
            predikat: 'NO_DATA',
          };
      return { snapshot, weight: node.weight };
    });
    const raw = leafAchievement(series, month, settings);
    for (const changed of applyLeafChange(entries, indicatorId, raw, settings)) {
      const isLeaf = changed.nodeId === indicatorId;
      changes.push({
        nodeId: changed.nodeId,
        nodeKind: kindOf.get(changed.nodeId) as SnapshotKind,
        parentId: parentOf.get(changed.nodeId) ?? null,
        month,
        score: changed.score,
        rawScore: isLeaf ? raw : changed.score,
        weightedSum: changed.weightedSum,
        weightSum: changed.weightSum,
        band: changed.band,
      });
    }
  }
  return changes;
}

/** As the full rebuild reads it: a configuration the engine refuses scores as no data. */
function leafAchievement(
  series: ReturnType<typeof indicatorSeries>,
  month: number,
  settings: ScoringSettings,
): number | null {
  try {
    return yearToDate(series, month, settings).raw;
  } catch (error) {
    if (error instanceof ScoringInputError) return null;
    throw error;
  }
}

export async function storeSnapshotChanges(
  tx: Prisma.TransactionClient,
  tenantId: string,
  year: number,
  changes: readonly SnapshotChange[],
  seq: bigint,
): Promise<void> {
  if (changes.length === 0) return;
  const column = <K extends keyof SnapshotChange>(key: K) => changes.map((c) => c[key]);
  await tx.$executeRaw`
    INSERT INTO "ScoreSnapshot" ("id", "tenantId", "nodeKind", "nodeId", "parentId", "year", "month", "score",
      "rawScore", "weightedSum", "weightSum", "band", "seq", "updatedAt")
    SELECT gen_random_uuid(), ${tenantId}::uuid, k::"ScoreNodeKind", n, p, ${year}, m, s, r, ws, w, b::"Band", ${seq}, now()
    FROM unnest(
      ${column('nodeKind')}::text[], ${column('nodeId')}::uuid[], ${column('parentId')}::uuid[], ${column('month')}::int[],
      ${column('score')}::float8[], ${column('rawScore')}::float8[], ${column('weightedSum')}::float8[],
      ${column('weightSum')}::float8[], ${column('band')}::text[]
    ) AS x(k, n, p, m, s, r, ws, w, b)
    ON CONFLICT ("nodeId", "year", "month") DO UPDATE SET
      "score" = EXCLUDED."score", "rawScore" = EXCLUDED."rawScore", "weightedSum" = EXCLUDED."weightedSum",
      "weightSum" = EXCLUDED."weightSum", "band" = EXCLUDED."band", "seq" = EXCLUDED."seq", "updatedAt" = now()`;
}
