// Moves the stored snapshots on one indicator's path to its root when its verified values change:
// O(depth × months) rows, through the scoring engine's incremental update.
import type { Indicator, Measurement, Prisma, Target } from '@ekinerja/db';
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

/**
 * A new scored node's twelve months as a full rebuild stores them: the roll-up of no children is
 * NO_DATA with empty sums (an objective without indicators, a scorecard without objectives).
 */
export function noDataChanges(
  nodeId: string,
  nodeKind: SnapshotKind,
  parentId: string | null,
): SnapshotChange[] {
  return Array.from({ length: 12 }, (_, i) => ({
    nodeId,
    nodeKind,
    parentId,
    month: i + 1,
    score: null,
    rawScore: null,
    weightedSum: 0,
    weightSum: 0,
    band: 'NO_DATA' as const,
  }));
}

interface PathNode {
  id: string;
  kind: SnapshotKind;
  /** Weight in its parent (the root's is unused). */
  weight: number;
}

/**
 * indicator → objective → perspective → scorecard → owner, with each node's weight in its parent,
 * in one statement: a write's transaction runs its queries one after another on one connection,
 * so each round trip here is latency on every write.
 */
async function indicatorPath(tx: Prisma.TransactionClient, indicatorId: string): Promise<PathNode[]> {
  const [row] = await tx.$queryRaw<
    {
      indicatorWeight: number;
      objectiveId: string;
      objectiveWeight: number;
      perspectiveId: string;
      perspectiveWeight: number;
      scorecardId: string;
      ownerKind: 'TENANT' | 'ORG_UNIT' | 'OFFICIAL';
      ownerId: string | null;
    }[]
  >`
    SELECT i.weight AS "indicatorWeight", o.id AS "objectiveId", o.weight AS "objectiveWeight",
      p.id AS "perspectiveId", p.weight AS "perspectiveWeight", s.id AS "scorecardId",
      s."ownerKind"::text AS "ownerKind",
      CASE s."ownerKind"::text WHEN 'TENANT' THEN s."tenantId" WHEN 'OFFICIAL' THEN s."officialId"
        ELSE s."orgUnitId" END AS "ownerId"
    FROM "Indicator" i
    JOIN "Objective" o ON o.id = i."objectiveId"
    JOIN "ScorecardPerspective" p ON p.id = o."perspectiveId"
    JOIN "Scorecard" s ON s.id = p."scorecardId"
    WHERE i.id = ${indicatorId}::uuid`;
  if (!row) throw new Error(`indicator ${indicatorId} has no scorecard path`);
  const path: PathNode[] = [
    { id: indicatorId, kind: 'INDICATOR', weight: row.indicatorWeight },
    { id: row.objectiveId, kind: 'OBJECTIVE', weight: row.objectiveWeight },
    { id: row.perspectiveId, kind: 'PERSPECTIVE', weight: row.perspectiveWeight },
    { id: row.scorecardId, kind: 'SCORECARD', weight: 1 },
  ];
  if (row.ownerId) path.push({ id: row.ownerId, kind: row.ownerKind, weight: 1 });
  return path;
}

type IndicatorYearRows = Pick<Indicator, 'polarity' | 'minimizeFormula' | 'aggregation' | 'frequency'> & {
  targets: Pick<Target, 'month' | 'value' | 'low' | 'high'>[];
  measurements: Pick<Measurement, 'month' | 'value' | 'status'>[];
};

/** The indicator's rule with its targets and verified values of the year, in one statement. */
export async function indicatorYearRows(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  year: number,
): Promise<IndicatorYearRows> {
  const [row] = await tx.$queryRaw<IndicatorYearRows[]>`
    SELECT i.polarity::text AS polarity, i."minimizeFormula"::text AS "minimizeFormula",
      i.aggregation::text AS aggregation, i.frequency::text AS frequency,
      COALESCE((SELECT json_agg(json_build_object('month', t.month, 'value', t.value, 'low', t.low, 'high', t.high))
        FROM "Target" t WHERE t."indicatorId" = i.id AND t.year = ${year}), '[]'::json) AS targets,
      COALESCE((SELECT json_agg(json_build_object('month', m.month, 'value', m.value, 'status', m.status::text))
        FROM "Measurement" m WHERE m."indicatorId" = i.id AND m.year = ${year} AND m.status = 'VERIFIED'), '[]'::json)
        AS measurements
    FROM "Indicator" i WHERE i.id = ${indicatorId}::uuid`;
  if (!row) throw new Error(`indicator ${indicatorId} not found`);
  return row;
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
  const path = await indicatorPath(tx, indicatorId);
  const indicator = await indicatorYearRows(tx, indicatorId, year);
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
