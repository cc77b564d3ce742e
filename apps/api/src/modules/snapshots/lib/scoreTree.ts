// The score tree of one tenant-year as plain data, and its snapshots for a month (pure).
import {
  buildFullSnapshots,
  ScoringInputError,
  yearToDate,
  type IndicatorYear,
  type ScoreNode,
  type ScoringSettings,
  type Snapshot,
} from '@ekinerja/scoring';

export type SnapshotKind = ScoreNode['kind'];

/** One indicator's year as the scoring engine reads it. */
export interface IndicatorInput {
  id: string;
  year: IndicatorYear;
}

/**
 * indicator → objective → perspective → scorecard → owner (org unit, official or tenant). An
 * owner's score is its scorecard's (DESIGN §3), so owners are roots.
 */
export interface ScoreTree {
  tenantId: string;
  year: number;
  settings: ScoringSettings;
  nodes: ScoreNode[];
  indicators: IndicatorInput[];
}

export interface SnapshotRow {
  tenantId: string;
  nodeKind: SnapshotKind;
  nodeId: string;
  parentId: string | null;
  year: number;
  month: number;
  score: number | null;
  rawScore: number | null;
  weightedSum: number;
  weightSum: number;
  band: Snapshot['band'];
}

export interface ComputedMonth {
  rows: SnapshotRow[];
  /** Indicators whose configuration the engine refused (scored as no data), with the reason. */
  problems: { indicatorId: string; field: string; rule: string }[];
}

/** Year-to-date achievement of every indicator up to `month`, then every node's snapshot. */
export function computeSnapshots(tree: ScoreTree, month: number): ComputedMonth {
  const leaves = new Map<string, number | null>();
  const problems: ComputedMonth['problems'] = [];
  for (const indicator of tree.indicators) {
    try {
      leaves.set(indicator.id, yearToDate(indicator.year, month, tree.settings).raw);
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      problems.push({ indicatorId: indicator.id, field: error.field, rule: error.rule });
      leaves.set(indicator.id, null);
    }
  }
  const snapshots = buildFullSnapshots(tree.nodes, leaves, tree.settings);
  const rows = tree.nodes.map((node): SnapshotRow => {
    const snapshot = snapshots.get(node.id) as Snapshot;
    return {
      tenantId: tree.tenantId,
      nodeKind: node.kind,
      nodeId: node.id,
      parentId: node.parentId,
      year: tree.year,
      month,
      score: snapshot.score,
      rawScore: node.kind === 'INDICATOR' ? (leaves.get(node.id) ?? null) : snapshot.score,
      weightedSum: snapshot.weightedSum,
      weightSum: snapshot.weightSum,
      band: snapshot.band,
    };
  });
  return { rows, problems };
}
