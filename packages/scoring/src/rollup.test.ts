import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { type ScoreNode, buildFullSnapshots, rollUp, validateTree } from './rollup';
import { resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

const node = (id: string, parentId: string | null, kind: ScoreNode['kind'], weight = 1): ScoreNode => ({
  id,
  parentId,
  kind,
  weight,
});

describe('rollUp', () => {
  it('is the weighted mean of capped values with data', () => {
    const result = rollUp([
      { weight: 2, value: 90 },
      { weight: 1, value: 130 },
      { weight: 5, value: null },
    ]);
    expect(result).toMatchObject({ score: 100, weightedSum: 300, weightSum: 3 });
    expect(result.explanation).toMatchObject({
      formula: 'Σ w[i] × c[i] / Σ w[i]; c[i] = min(max(a[i]; 0); cap)',
      substituted: '(2 × 90 + 1 × 120) / (2 + 1) = 100,00',
      inputs: { cap: 120, 'w[0]': 2, 'a[0]': 90, 'w[1]': 1, 'a[1]': 130, 'w[2]': 5, 'a[2]': null },
      result: 100,
    });
  });

  it('counts a negative achievement as 0 and follows the tenant cap', () => {
    expect(
      rollUp([
        { weight: 1, value: -50 },
        { weight: 1, value: 100 },
      ]).score,
    ).toBe(50);
    expect(rollUp([{ weight: 1, value: 130 }], resolveSettings({ cap: 110 })).score).toBe(110);
  });

  it('is NO_DATA when nothing has data, including an empty list', () => {
    expect(rollUp([{ weight: 1, value: null }])).toMatchObject({
      score: null,
      weightedSum: 0,
      weightSum: 0,
      explanation: { reason: 'NO_DATA', result: null },
    });
    expect(rollUp([]).score).toBeNull();
  });

  it('is NO_DATA when only zero-weight items have data', () => {
    expect(
      rollUp([
        { weight: 0, value: 90 },
        { weight: 1, value: null },
      ]).score,
    ).toBeNull();
  });

  it('rejects all-zero weights, negative weights and non-finite values', () => {
    expect(() =>
      rollUp(
        [
          { weight: 0, value: 90 },
          { weight: 0, value: null },
        ],
        undefined,
        'indicators',
      ),
    ).toThrow(inputError('indicators', 'notAllZero'));
    expect(() =>
      rollUp(
        [
          { weight: 1, value: 90 },
          { weight: -1, value: 80 },
        ],
        undefined,
        'indicators',
      ),
    ).toThrow(inputError('indicators[1].weight', 'nonNegative'));
    expect(() => rollUp([{ weight: 1, value: Number.NaN }])).toThrow(inputError('items[0].value', 'finite'));
    expect(() => rollUp([{ weight: Number.POSITIVE_INFINITY, value: 1 }])).toThrow(
      inputError('items[0].weight', 'finite'),
    );
  });
});

describe('buildFullSnapshots', () => {
  const tree: ScoreNode[] = [
    node('sc', null, 'SCORECARD'),
    node('p1', 'sc', 'PERSPECTIVE', 60),
    node('p2', 'sc', 'PERSPECTIVE', 40),
    node('o1', 'p1', 'OBJECTIVE', 1),
    node('i1', 'o1', 'INDICATOR', 2),
    node('i2', 'o1', 'INDICATOR', 1),
    node('o2', 'p2', 'OBJECTIVE', 1),
    node('i3', 'o2', 'INDICATOR', 1),
  ];

  it('rolls indicators up to the scorecard, capping only when aggregating', () => {
    const snapshots = buildFullSnapshots(
      tree,
      new Map([
        ['i1', 90],
        ['i2', 130],
        ['i3', 50],
      ]),
    );
    expect(snapshots.get('i2')).toEqual({
      nodeId: 'i2',
      score: 130,
      weightedSum: 130,
      weightSum: 1,
      band: 'GREEN',
      predikat: 'SANGAT_BAIK',
    });
    expect(snapshots.get('o1')).toEqual({
      nodeId: 'o1',
      score: 100,
      weightedSum: 300,
      weightSum: 3,
      band: 'GREEN',
      predikat: 'SANGAT_BAIK',
    });
    expect(snapshots.get('sc')).toMatchObject({
      score: 80,
      weightedSum: 8000,
      weightSum: 100,
      band: 'YELLOW',
    });
    expect(snapshots.size).toBe(tree.length);
  });

  it('leaves nodes without data out and re-normalises the rest', () => {
    const snapshots = buildFullSnapshots(
      tree,
      new Map([
        ['i3', 50],
        ['i1', null],
      ]),
    );
    expect(snapshots.get('i1')).toEqual({
      nodeId: 'i1',
      score: null,
      weightedSum: 0,
      weightSum: 0,
      band: 'NO_DATA',
      predikat: 'NO_DATA',
    });
    expect(snapshots.get('p1')).toMatchObject({ score: null, band: 'NO_DATA' });
    expect(snapshots.get('sc')).toMatchObject({ score: 50, weightSum: 40 });
  });

  it('scores an inner node without children as NO_DATA', () => {
    const snapshots = buildFullSnapshots([...tree, node('p3', 'sc', 'PERSPECTIVE', 0)], new Map());
    expect(snapshots.get('p3')).toMatchObject({ score: null, band: 'NO_DATA' });
  });

  it('scores a forest: every root separately', () => {
    const forest = [node('a', null, 'TENANT'), node('ia', 'a', 'INDICATOR'), node('b', null, 'TENANT')];
    const snapshots = buildFullSnapshots(forest, new Map([['ia', 70]]));
    expect(snapshots.get('a')!.score).toBe(70);
    expect(snapshots.get('b')!.score).toBeNull();
  });

  it('rejects trees it cannot score, naming the node', () => {
    const reject = (nodes: ScoreNode[], field: string, rule: ScoringRule) =>
      expect(() => validateTree(nodes)).toThrow(inputError(field, rule));
    reject([node('a', null, 'TENANT'), node('a', null, 'TENANT')], 'nodes[1].id', 'duplicate');
    reject([node('a', null, 'REGION' as ScoreNode['kind'])], 'nodes[0].kind', 'kind');
    reject([node('a', null, 'TENANT'), node('b', 'a', 'ORG_UNIT', -1)], 'nodes[1].weight', 'nonNegative');
    reject([node('a', null, 'TENANT', Number.NaN)], 'nodes[0].weight', 'finite');
    reject([node('a', 'zz', 'TENANT')], 'nodes[0].parentId', 'unknownNode');
    reject([node('i', null, 'INDICATOR'), node('o', 'i', 'OBJECTIVE')], 'nodes[1].parentId', 'kind');
    reject(
      [node('o', null, 'OBJECTIVE'), node('i1', 'o', 'INDICATOR', 0), node('i2', 'o', 'INDICATOR', 0)],
      'nodes[1].weight',
      'notAllZero',
    );
    reject([node('a', 'b', 'ORG_UNIT'), node('b', 'a', 'ORG_UNIT')], 'nodes[0].parentId', 'cycle');
    reject([node('r', null, 'TENANT'), node('a', 'a', 'ORG_UNIT')], 'nodes[1].parentId', 'cycle');
    expect(() => validateTree(tree)).not.toThrow();
  });

  it('rejects achievements for unknown or non-indicator nodes, and non-finite ones', () => {
    expect(() => buildFullSnapshots(tree, new Map([['nope', 1]]))).toThrow(
      inputError('leafAchievements[nope]', 'unknownNode'),
    );
    expect(() => buildFullSnapshots(tree, new Map([['o1', 1]]))).toThrow(
      inputError('leafAchievements[o1]', 'kind'),
    );
    expect(() => buildFullSnapshots(tree, new Map([['i1', Number.NaN]]))).toThrow(
      inputError('leafAchievements[i1]', 'finite'),
    );
  });
});
