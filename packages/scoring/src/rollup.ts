// Weighted roll-up of scores through a generic tree: indicators up to objectives, scorecards, units and tenants.
import { type ScoreBand, band, predikat } from './classification';
import { ScoringInputError } from './errors';
import { type Explanation, explain, explainCase, formatOperand } from './explanation';
import { WEIGHT_SUM_EPSILON, counted } from './numeric';
import { DEFAULT_SCORING_SETTINGS, type Predikat, type ScoringSettings } from './settings';
import { requireFinite, requireNonNegative } from './validation';

export type NodeKind =
  'INDICATOR' | 'OBJECTIVE' | 'PERSPECTIVE' | 'SCORECARD' | 'ORG_UNIT' | 'OFFICIAL' | 'TENANT';

const NODE_KINDS: ReadonlySet<string> = new Set<NodeKind>([
  'INDICATOR',
  'OBJECTIVE',
  'PERSPECTIVE',
  'SCORECARD',
  'ORG_UNIT',
  'OFFICIAL',
  'TENANT',
]);

/**
 * One scored node. `weight` is its weight within its parent; only relative weights among siblings
 * matter. INDICATOR nodes are the leaves; every other node scores the weighted mean of its children.
 */
export interface ScoreNode {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: NodeKind;
  readonly weight: number;
}

/**
 * The stored score of a node. `weightedSum` = Σ w·c and `weightSum` = Σ w over the children with
 * data (c = the child's score limited to [0, cap]); keeping both lets one child's change be applied
 * in O(1) per level. A leaf is its own single sample of weight 1: weightedSum = raw achievement,
 * weightSum = 1. Without data both sums are 0 and `score` is `null`.
 */
export interface Snapshot {
  readonly nodeId: string;
  readonly score: number | null;
  readonly weightedSum: number;
  readonly weightSum: number;
  readonly band: ScoreBand;
  readonly predikat: Predikat | 'NO_DATA';
}

export interface WeightedValue {
  readonly weight: number;
  /** `null` is NO_DATA: left out, and the other weights re-normalised. */
  readonly value: number | null;
}

export interface RollUp {
  readonly score: number | null;
  readonly weightedSum: number;
  readonly weightSum: number;
  readonly explanation: Explanation;
}

const ROLL_UP_FORMULA = 'Σ w[i] × c[i] / Σ w[i]; c[i] = min(max(a[i]; 0); cap)';

/**
 * Weighted mean of the values with data, each limited to [0, cap]: an objective from its
 * indicators, a scorecard (NKO) from its perspectives. `field` names the list in errors.
 */
export function rollUp(
  items: readonly WeightedValue[],
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
  field = 'items',
): RollUp {
  const { cap } = settings;
  const inputs: Record<string, number | null> = { cap };
  const products: string[] = [];
  const weights: string[] = [];
  let weightedSum = 0;
  let weightSum = 0;
  let totalWeight = 0;
  items.forEach((item, i) => {
    const w = requireNonNegative(item.weight, `${field}[${i}].weight`);
    totalWeight += w;
    inputs[`w[${i}]`] = w;
    inputs[`a[${i}]`] = item.value;
    if (item.value === null) return;
    const c = counted(requireFinite(item.value, `${field}[${i}].value`), cap);
    weightedSum += w * c;
    weightSum += w;
    products.push(`${formatOperand(w)} × ${formatOperand(c)}`);
    weights.push(formatOperand(w));
  });
  if (items.length > 0 && totalWeight < WEIGHT_SUM_EPSILON) {
    throw new ScoringInputError(field, 'notAllZero', { count: items.length });
  }
  if (weightSum < WEIGHT_SUM_EPSILON) {
    return {
      score: null,
      weightedSum: 0,
      weightSum: 0,
      explanation: explainCase(ROLL_UP_FORMULA, 'Σ w[i] = 0', inputs, null, 'NO_DATA'),
    };
  }
  const score = weightedSum / weightSum;
  const expression = `(${products.join(' + ')}) / (${weights.join(' + ')})`;
  return { score, weightedSum, weightSum, explanation: explain(ROLL_UP_FORMULA, expression, inputs, score) };
}

/** A node's snapshot from its children's sums; a weight sum of float residue means no data. */
export function snapshotFromSums(
  nodeId: string,
  weightedSum: number,
  weightSum: number,
  settings: ScoringSettings,
): Snapshot {
  if (Math.abs(weightSum) < WEIGHT_SUM_EPSILON) return emptySnapshot(nodeId);
  const score = weightedSum / weightSum;
  return {
    nodeId,
    score,
    weightedSum,
    weightSum,
    band: band(score, settings),
    predikat: predikat(score, settings),
  };
}

/** A leaf keeps its raw achievement as its score; the cap applies only where it is aggregated. */
export function leafSnapshot(
  nodeId: string,
  achievement: number | null,
  settings: ScoringSettings,
): Snapshot {
  if (achievement === null) return emptySnapshot(nodeId);
  return {
    nodeId,
    score: achievement,
    weightedSum: achievement,
    weightSum: 1,
    band: band(achievement, settings),
    predikat: predikat(achievement, settings),
  };
}

function emptySnapshot(nodeId: string): Snapshot {
  return { nodeId, score: null, weightedSum: 0, weightSum: 0, band: 'NO_DATA', predikat: 'NO_DATA' };
}

interface IndexedTree {
  readonly indexById: ReadonlyMap<string, number>;
  readonly parentIndex: Int32Array;
  /** Node indices, every child before its parent. */
  readonly order: Int32Array;
}

/**
 * Checks that nodes form a forest the roll-up can score: unique ids, known parents, no cycles,
 * indicators only as leaves, non-negative weights, and no parent whose children all weigh 0 (it
 * could never have a score). For the API to reject a configuration before it is saved.
 */
export function validateTree(nodes: readonly ScoreNode[]): void {
  indexTree(nodes);
}

function indexTree(nodes: readonly ScoreNode[]): IndexedTree {
  const n = nodes.length;
  const indexById = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!NODE_KINDS.has(node.kind))
      throw new ScoringInputError(`nodes[${i}].kind`, 'kind', { kind: String(node.kind) });
    requireNonNegative(node.weight, `nodes[${i}].weight`);
    // One hash lookup instead of has() + set(): this loop runs over every node of a province.
    indexById.set(node.id, i);
    if (indexById.size !== i + 1) throw new ScoringInputError(`nodes[${i}].id`, 'duplicate', { id: node.id });
  });

  const parentIndex = new Int32Array(n).fill(-1);
  const pendingChildren = new Int32Array(n);
  const childWeight = new Float64Array(n);
  const firstChild = new Int32Array(n).fill(-1);
  nodes.forEach((node, i) => {
    if (node.parentId === null) return;
    const p = indexById.get(node.parentId);
    if (p === undefined) {
      throw new ScoringInputError(`nodes[${i}].parentId`, 'unknownNode', { parentId: node.parentId });
    }
    if (nodes[p]!.kind === 'INDICATOR') {
      throw new ScoringInputError(`nodes[${i}].parentId`, 'kind', { parentKind: 'INDICATOR' });
    }
    parentIndex[i] = p;
    pendingChildren[p]! += 1;
    childWeight[p]! += node.weight;
    if (firstChild[p] === -1) firstChild[p] = i;
  });

  for (let p = 0; p < n; p++) {
    if (pendingChildren[p]! > 0 && childWeight[p]! < WEIGHT_SUM_EPSILON) {
      throw new ScoringInputError(`nodes[${firstChild[p]}].weight`, 'notAllZero', { parentId: nodes[p]!.id });
    }
  }

  // Kahn's order from the leaves up; whatever never becomes ready sits on a cycle.
  const order = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) if (pendingChildren[i] === 0) order[size++] = i;
  for (let head = 0; head < size; head++) {
    const p = parentIndex[order[head]!]!;
    if (p >= 0 && --pendingChildren[p]! === 0) order[size++] = p;
  }
  if (size < n) {
    const onCycle = pendingChildren.findIndex((count) => count > 0);
    throw new ScoringInputError(`nodes[${onCycle}].parentId`, 'cycle', { id: nodes[onCycle]!.id });
  }
  return { indexById, parentIndex, order };
}

/**
 * Every node's snapshot from scratch: the reference the incremental path must agree with, and what
 * a full rebuild stores. Indicators missing from `leafAchievements` are NO_DATA.
 */
export function buildFullSnapshots(
  nodes: readonly ScoreNode[],
  leafAchievements: ReadonlyMap<string, number | null>,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): Map<string, Snapshot> {
  const { indexById, parentIndex, order } = indexTree(nodes);
  for (const [id, value] of leafAchievements) {
    const index = indexById.get(id);
    if (index === undefined) throw new ScoringInputError(`leafAchievements[${id}]`, 'unknownNode', { id });
    const { kind } = nodes[index]!;
    if (kind !== 'INDICATOR') throw new ScoringInputError(`leafAchievements[${id}]`, 'kind', { kind });
    if (value !== null) requireFinite(value, `leafAchievements[${id}]`);
  }

  const { cap } = settings;
  const weightedSums = new Float64Array(nodes.length);
  const weightSums = new Float64Array(nodes.length);
  const snapshots = new Map<string, Snapshot>();
  for (const i of order) {
    const node = nodes[i]!;
    const snapshot =
      node.kind === 'INDICATOR'
        ? leafSnapshot(node.id, leafAchievements.get(node.id) ?? null, settings)
        : snapshotFromSums(node.id, weightedSums[i]!, weightSums[i]!, settings);
    snapshots.set(node.id, snapshot);
    const p = parentIndex[i]!;
    if (p >= 0 && snapshot.score !== null) {
      weightedSums[p]! += node.weight * counted(snapshot.score, cap);
      weightSums[p]! += node.weight;
    }
  }
  return snapshots;
}
