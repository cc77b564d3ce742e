import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { type PathEntry, applyLeafChange, snapshotsEqual } from './incremental';
import { type ScoreNode, type Snapshot, buildFullSnapshots } from './rollup';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

//  root (TENANT) ← unit (ORG_UNIT, w 1) ← obj (OBJECTIVE, w 1) ← a (w 2), b (w 1), z (w 0)
//                                                            ← other (OBJECTIVE, w 1) ← c (w 1)
const nodes: ScoreNode[] = [
  { id: 'root', parentId: null, kind: 'TENANT', weight: 1 },
  { id: 'unit', parentId: 'root', kind: 'ORG_UNIT', weight: 1 },
  { id: 'obj', parentId: 'unit', kind: 'OBJECTIVE', weight: 1 },
  { id: 'other', parentId: 'unit', kind: 'OBJECTIVE', weight: 1 },
  { id: 'a', parentId: 'obj', kind: 'INDICATOR', weight: 2 },
  { id: 'b', parentId: 'obj', kind: 'INDICATOR', weight: 1 },
  { id: 'z', parentId: 'obj', kind: 'INDICATOR', weight: 0 },
  { id: 'c', parentId: 'other', kind: 'INDICATOR', weight: 1 },
];
const byId = new Map(nodes.map((n) => [n.id, n]));

function pathOf(snapshots: Map<string, Snapshot>, leafId: string): PathEntry[] {
  const path: PathEntry[] = [];
  for (
    let n = byId.get(leafId);
    n !== undefined;
    n = n.parentId === null ? undefined : byId.get(n.parentId)
  ) {
    path.push({ snapshot: snapshots.get(n.id)!, weight: n.weight });
  }
  return path;
}

function check(leaves: Record<string, number | null>, leafId: string, value: number | null) {
  const before = buildFullSnapshots(nodes, new Map(Object.entries(leaves)));
  const changed = applyLeafChange(pathOf(before, leafId), leafId, value);
  const after = buildFullSnapshots(nodes, new Map(Object.entries({ ...leaves, [leafId]: value })));
  for (const snapshot of changed) expect(snapshotsEqual(snapshot, after.get(snapshot.nodeId)!)).toBe(true);
  for (const [id, snapshot] of after) {
    if (!changed.some((s) => s.nodeId === id)) expect(snapshotsEqual(before.get(id)!, snapshot)).toBe(true);
  }
  return changed.map((s) => s.nodeId);
}

describe('applyLeafChange', () => {
  it('updates every level from the leaf to the root', () => {
    expect(check({ a: 90, b: 60, c: 80 }, 'a', 70)).toEqual(['a', 'obj', 'unit', 'root']);
  });

  it('handles a leaf gaining and losing data', () => {
    expect(check({ a: 90, c: 80 }, 'b', 100)).toEqual(['b', 'obj', 'unit', 'root']);
    expect(check({ a: 90, b: 60, c: 80 }, 'b', null)).toEqual(['b', 'obj', 'unit', 'root']);
    expect(check({ a: 90, c: 80 }, 'a', null)).toEqual(['a', 'obj', 'unit', 'root']);
  });

  it('returns nothing when the leaf does not change', () => {
    const before = buildFullSnapshots(nodes, new Map([['a', 90]]));
    expect(applyLeafChange(pathOf(before, 'a'), 'a', 90)).toEqual([]);
    expect(applyLeafChange(pathOf(before, 'b'), 'b', null)).toEqual([]);
  });

  it('stops where the counted value does not move (both above the cap)', () => {
    expect(check({ a: 130, b: 60 }, 'a', 150)).toEqual(['a']);
  });

  it('stops after a zero-weight leaf: it moves nothing', () => {
    expect(check({ a: 90, b: 60 }, 'z', 40)).toEqual(['z']);
  });

  it('stops above a level whose score is unchanged though its sums moved', () => {
    expect(check({ a: 80, b: 80, c: 50 }, 'b', null)).toEqual(['b', 'obj']);
  });

  it('works on a path that is only the leaf', () => {
    const leaf: Snapshot = {
      nodeId: 'x',
      score: null,
      weightedSum: 0,
      weightSum: 0,
      band: 'NO_DATA',
      predikat: 'NO_DATA',
    };
    expect(applyLeafChange([{ snapshot: leaf, weight: 1 }], 'x', 85)).toEqual([
      { nodeId: 'x', score: 85, weightedSum: 85, weightSum: 1, band: 'YELLOW', predikat: 'BAIK' },
    ]);
  });

  it('treats a weight sum of float residue as no data', () => {
    const leaf: Snapshot = {
      nodeId: 'x',
      score: 50,
      weightedSum: 50,
      weightSum: 1,
      band: 'RED',
      predikat: 'SANGAT_KURANG',
    };
    const parent: Snapshot = {
      nodeId: 'p',
      score: 50,
      weightedSum: 5.000000000000001,
      weightSum: 0.1 + 0.2 - 0.2,
      band: 'RED',
      predikat: 'SANGAT_KURANG',
    };
    const [, updated] = applyLeafChange(
      [
        { snapshot: leaf, weight: 0.1 },
        { snapshot: parent, weight: 1 },
      ],
      'x',
      null,
    );
    expect(updated).toEqual({
      nodeId: 'p',
      score: null,
      weightedSum: 0,
      weightSum: 0,
      band: 'NO_DATA',
      predikat: 'NO_DATA',
    });
  });

  it('rejects a path that does not start at the leaf, and invalid values', () => {
    const snapshots = buildFullSnapshots(nodes, new Map([['a', 90]]));
    const path = pathOf(snapshots, 'a');
    expect(() => applyLeafChange([], 'a', 1)).toThrow(inputError('path', 'pathOrder'));
    expect(() => applyLeafChange(path, 'b', 1)).toThrow(inputError('path[0].snapshot.nodeId', 'pathOrder'));
    expect(() => applyLeafChange(path, 'a', Number.NaN)).toThrow(inputError('newAchievement', 'finite'));
    expect(() => applyLeafChange([{ ...path[0]!, weight: -1 }, ...path.slice(1)], 'a', 1)).toThrow(
      inputError('path[0].weight', 'nonNegative'),
    );
    expect(() => applyLeafChange([path[0]!, { ...path[1]!, weight: -2 }, ...path.slice(2)], 'a', 1)).toThrow(
      inputError('path[1].weight', 'nonNegative'),
    );
    const corrupt = { ...path[1]!, snapshot: { ...path[1]!.snapshot, weightSum: Number.NaN } };
    expect(() => applyLeafChange([path[0]!, corrupt], 'a', 1)).toThrow(
      inputError('path[1].snapshot.weightSum', 'finite'),
    );
  });
});

describe('snapshotsEqual', () => {
  const snapshot: Snapshot = {
    nodeId: 'n',
    score: 90,
    weightedSum: 270,
    weightSum: 3,
    band: 'YELLOW',
    predikat: 'BAIK',
  };

  it('accepts float noise and rejects real differences', () => {
    expect(snapshotsEqual(snapshot, { ...snapshot })).toBe(true);
    expect(snapshotsEqual(snapshot, { ...snapshot, score: 90 + 1e-12, weightedSum: 270 + 1e-11 })).toBe(true);
    expect(snapshotsEqual(snapshot, { ...snapshot, score: 90.001 })).toBe(false);
    expect(snapshotsEqual(snapshot, { ...snapshot, weightedSum: 271 })).toBe(false);
    expect(snapshotsEqual(snapshot, { ...snapshot, weightSum: 3.01 })).toBe(false);
    expect(snapshotsEqual(snapshot, { ...snapshot, score: 90.001 }, 1e-3)).toBe(true);
  });

  it('compares identity, classification and NO_DATA exactly', () => {
    const empty: Snapshot = {
      nodeId: 'n',
      score: null,
      weightedSum: 0,
      weightSum: 0,
      band: 'NO_DATA',
      predikat: 'NO_DATA',
    };
    expect(snapshotsEqual(snapshot, { ...snapshot, nodeId: 'm' })).toBe(false);
    expect(snapshotsEqual(snapshot, { ...snapshot, band: 'GREEN' })).toBe(false);
    expect(snapshotsEqual(snapshot, { ...snapshot, predikat: 'CUKUP' })).toBe(false);
    expect(snapshotsEqual(empty, { ...empty })).toBe(true);
    expect(
      snapshotsEqual(
        { ...snapshot, band: 'NO_DATA', predikat: 'NO_DATA', score: null },
        { ...empty, score: 0, band: 'NO_DATA' },
      ),
    ).toBe(false);
  });
});
