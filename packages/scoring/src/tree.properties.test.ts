// Invariants of the weighted tree on random trees: what the API relies on when it stores snapshots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PathEntry, applyLeafChange, snapshotsEqual } from './incremental';
import { type NodeKind, type ScoreNode, type Snapshot, buildFullSnapshots } from './rollup';
import { DEFAULT_SCORING_SETTINGS } from './settings';

interface RandomTree {
  readonly nodes: readonly ScoreNode[];
  readonly leaves: readonly string[];
  readonly inner: readonly string[];
}

const INNER_KINDS: readonly NodeKind[] = [
  'OBJECTIVE',
  'PERSPECTIVE',
  'SCORECARD',
  'ORG_UNIT',
  'OFFICIAL',
  'TENANT',
];

/**
 * A random forest: node i hangs under an earlier node or is a root. Nodes with children get an inner
 * kind; childless ones are mostly indicators, sometimes empty inner nodes. Weights are realistic
 * (0–100, zero now and then); a parent whose children all drew 0 gets its first child back to 1.
 */
const randomTree: fc.Arbitrary<RandomTree> = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: null, freq: 6 }),
      weight: fc.oneof(
        { arbitrary: fc.integer({ min: 1, max: 100 }), weight: 5 },
        fc.constant(0),
        fc.constantFrom(0.5, 2.25),
      ),
      kind: fc.constantFrom(...INNER_KINDS),
      emptyInner: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs) => {
    const parents = specs.map((spec, i) => (i === 0 || spec.parent === null ? null : spec.parent % i));
    const hasChildren = new Set(parents.filter((p): p is number => p !== null));
    const weights = specs.map((spec) => spec.weight);
    for (const p of hasChildren) {
      const children = parents.flatMap((q, i) => (q === p ? [i] : []));
      if (children.every((c) => weights[c] === 0)) weights[children[0]!] = 1;
    }
    const nodes = specs.map((spec, i): ScoreNode => ({
      id: `n${i}`,
      parentId: parents[i] === null ? null : `n${parents[i]}`,
      kind: hasChildren.has(i) || spec.emptyInner ? spec.kind : 'INDICATOR',
      weight: weights[i]!,
    }));
    return {
      nodes,
      leaves: nodes.filter((n) => n.kind === 'INDICATOR').map((n) => n.id),
      inner: nodes.filter((n) => n.kind !== 'INDICATOR').map((n) => n.id),
    };
  })
  .filter((tree) => tree.leaves.length > 0);

const achievementValue = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 150 }),
  fc.double({ min: -20, max: 200, noNaN: true }),
  fc.integer({ min: 0, max: 15000 }).map((n) => n / 100),
);

function leafValues(tree: RandomTree, values: readonly (number | null)[]): Map<string, number | null> {
  return new Map(tree.leaves.map((id, i) => [id, values[i % values.length] ?? null]));
}

function pathOf(tree: RandomTree, snapshots: ReadonlyMap<string, Snapshot>, leafId: string): PathEntry[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
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

function expectSameSnapshots(actual: ReadonlyMap<string, Snapshot>, expected: ReadonlyMap<string, Snapshot>) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, snapshot] of expected) {
    const stored = actual.get(id)!;
    if (!snapshotsEqual(stored, snapshot, 1e-9)) expect(stored).toEqual(snapshot);
  }
}

describe('weighted tree properties', () => {
  it('incremental updates in any order end equal to a full rebuild', () => {
    fc.assert(
      fc.property(
        randomTree,
        fc.array(achievementValue, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), achievementValue), { minLength: 1, maxLength: 60 }),
        (tree, initial, updates) => {
          const leaves = leafValues(tree, initial);
          const stored = buildFullSnapshots(tree.nodes, leaves);
          for (const [pick, value] of updates) {
            const leafId = tree.leaves[pick % tree.leaves.length]!;
            const path = pathOf(tree, stored, leafId);
            const changed = applyLeafChange(path, leafId, value);
            // Only nodes on the path, each at most once, in path order.
            const pathIds = path.map((p) => p.snapshot.nodeId);
            expect(changed.map((s) => s.nodeId)).toEqual(pathIds.slice(0, changed.length));
            for (const snapshot of changed) stored.set(snapshot.nodeId, snapshot);
            leaves.set(leafId, value);
          }
          expectSameSnapshots(stored, buildFullSnapshots(tree.nodes, leaves));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with a full rebuild after every single step', () => {
    fc.assert(
      fc.property(
        randomTree,
        fc.array(fc.tuple(fc.nat(), achievementValue), { minLength: 1, maxLength: 25 }),
        (tree, updates) => {
          const leaves = leafValues(tree, [null]);
          const stored = buildFullSnapshots(tree.nodes, leaves);
          for (const [pick, value] of updates) {
            const leafId = tree.leaves[pick % tree.leaves.length]!;
            for (const snapshot of applyLeafChange(pathOf(tree, stored, leafId), leafId, value)) {
              stored.set(snapshot.nodeId, snapshot);
            }
            leaves.set(leafId, value);
            expectSameSnapshots(stored, buildFullSnapshots(tree.nodes, leaves));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('scaling every weight by a positive factor changes no score', () => {
    fc.assert(
      fc.property(
        randomTree,
        fc.array(achievementValue, { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        (tree, values, factor) => {
          const leaves = leafValues(tree, values);
          const base = buildFullSnapshots(tree.nodes, leaves);
          const scaled = buildFullSnapshots(
            tree.nodes.map((n) => ({ ...n, weight: n.weight * factor })),
            leaves,
          );
          for (const [id, snapshot] of base) {
            const other = scaled.get(id)!;
            if (snapshot.score === null) expect(other.score).toBeNull();
            else
              expect(Math.abs(other.score! - snapshot.score)).toBeLessThanOrEqual(
                1e-9 * Math.max(1, snapshot.score),
              );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('adding an indicator without data changes no score', () => {
    fc.assert(
      fc.property(
        randomTree,
        fc.array(achievementValue, { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 0, max: 100 }),
        (tree, values, pick, weight) => {
          const leaves = leafValues(tree, values);
          fc.pre(tree.inner.length > 0);
          const parentId = tree.inner[pick % tree.inner.length]!;
          const siblings = tree.nodes.filter((n) => n.parentId === parentId);
          // A lone zero-weight child would make the parent's weights all zero, which is rejected.
          const added: ScoreNode = {
            id: 'added',
            parentId,
            kind: 'INDICATOR',
            weight: siblings.length ? weight : 1,
          };
          const before = buildFullSnapshots(tree.nodes, leaves);
          const after = buildFullSnapshots([...tree.nodes, added], new Map([...leaves, ['added', null]]));
          expect(after.get('added')).toMatchObject({ score: null, band: 'NO_DATA' });
          after.delete('added');
          // Within tolerance only: the new node changes the order in which sums are added up.
          expectSameSnapshots(after, before);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never produces NaN and keeps inner scores within [0, cap]', () => {
    fc.assert(
      fc.property(randomTree, fc.array(achievementValue, { minLength: 1, maxLength: 40 }), (tree, values) => {
        const snapshots = buildFullSnapshots(tree.nodes, leafValues(tree, values));
        for (const node of tree.nodes) {
          const snapshot = snapshots.get(node.id)!;
          for (const n of [snapshot.score ?? 0, snapshot.weightedSum, snapshot.weightSum]) {
            expect(Number.isNaN(n)).toBe(false);
          }
          if (node.kind !== 'INDICATOR' && snapshot.score !== null) {
            expect(snapshot.score).toBeGreaterThanOrEqual(0);
            expect(snapshot.score).toBeLessThanOrEqual(DEFAULT_SCORING_SETTINGS.cap + 1e-9);
          }
          expect(snapshot.score === null).toBe(snapshot.band === 'NO_DATA');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('rejects a negative weight anywhere with that node’s field', () => {
    fc.assert(
      fc.property(
        randomTree,
        fc.nat(),
        fc.double({ min: -1000, max: -1e-6, noNaN: true }),
        (tree, pick, weight) => {
          const index = pick % tree.nodes.length;
          const nodes = tree.nodes.map((n, i) => (i === index ? { ...n, weight } : n));
          expect(() => buildFullSnapshots(nodes, new Map())).toThrow(
            expect.objectContaining({
              name: 'ScoringInputError',
              field: `nodes[${index}].weight`,
              rule: 'nonNegative',
            }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
