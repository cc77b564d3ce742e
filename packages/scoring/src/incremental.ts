// O(depth) update of stored snapshots when one indicator's achievement changes, and the check against a rebuild.
import { ScoringInputError } from './errors';
import { closeTo, counted } from './numeric';
import { type Snapshot, leafSnapshot, snapshotFromSums } from './rollup';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireNonNegative } from './validation';

/** One node on the path from a changed leaf to the root: its stored snapshot and its weight in its parent. */
export interface PathEntry {
  readonly snapshot: Snapshot;
  readonly weight: number;
}

/**
 * Applies a leaf's new achievement to the stored snapshots on its path (`path[0]` is the leaf,
 * the last entry the root) and returns only the snapshots that change, leaf first. At each level
 * the child's old contribution w·c is taken out of the parent's sums and the new one put in, so the
 * cost is O(depth) whatever the size of the tree. It stops at the first level whose score does not
 * move, since nothing above it can change.
 */
export function applyLeafChange(
  path: readonly PathEntry[],
  leafId: string,
  newAchievement: number | null,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): Snapshot[] {
  const leaf = path[0];
  if (leaf === undefined) throw new ScoringInputError('path', 'pathOrder', { leafId });
  if (leaf.snapshot.nodeId !== leafId) {
    throw new ScoringInputError('path[0].snapshot.nodeId', 'pathOrder', {
      leafId,
      nodeId: leaf.snapshot.nodeId,
    });
  }
  if (newAchievement !== null) requireFinite(newAchievement, 'newAchievement');

  const next = leafSnapshot(leafId, newAchievement, settings);
  if (sameState(leaf.snapshot, next)) return [];
  const changed: Snapshot[] = [next];
  const { cap } = settings;
  let before = leaf.snapshot.score;
  let after = next.score;
  let weight = requireNonNegative(leaf.weight, 'path[0].weight');
  for (let i = 1; i < path.length; i++) {
    const oldContribution = before === null ? null : counted(before, cap);
    const newContribution = after === null ? null : counted(after, cap);
    // Both above the cap (or both below 0): the parent sees the same value.
    if (oldContribution === newContribution) break;
    const entry = path[i]!;
    const parent = entry.snapshot;
    let weightedSum = requireFinite(parent.weightedSum, `path[${i}].snapshot.weightedSum`);
    let weightSum = requireFinite(parent.weightSum, `path[${i}].snapshot.weightSum`);
    if (oldContribution !== null) {
      weightedSum -= weight * oldContribution;
      weightSum -= weight;
    }
    if (newContribution !== null) {
      weightedSum += weight * newContribution;
      weightSum += weight;
    }
    const updated = snapshotFromSums(parent.nodeId, weightedSum, weightSum, settings);
    // A zero-weight child moves nothing.
    if (sameState(parent, updated)) break;
    changed.push(updated);
    if (updated.score === parent.score) break;
    before = parent.score;
    after = updated.score;
    weight = requireNonNegative(entry.weight, `path[${i}].weight`);
  }
  return changed;
}

function sameState(a: Snapshot, b: Snapshot): boolean {
  return a.score === b.score && a.weightedSum === b.weightedSum && a.weightSum === b.weightSum;
}

/**
 * Whether a stored snapshot matches a rebuilt one: numbers equal within `tolerance`, relative to
 * their size (absolute below 1), since incremental updates and a rebuild add in different orders.
 */
export function snapshotsEqual(a: Snapshot, b: Snapshot, tolerance = 1e-9): boolean {
  if (a.nodeId !== b.nodeId || a.band !== b.band || a.predikat !== b.predikat) return false;
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return false;
  } else if (!closeTo(a.score, b.score, tolerance)) {
    return false;
  }
  return closeTo(a.weightedSum, b.weightedSum, tolerance) && closeTo(a.weightSum, b.weightSum, tolerance);
}
