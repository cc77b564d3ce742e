// The worked examples of DESIGN.md §3, with the exact figures shown to users.
import { describe, expect, it } from 'vitest';
import { achievement } from './achievement';
import { band } from './classification';
import { type ScoreNode, buildFullSnapshots, rollUp } from './rollup';

const twoDecimals = (value: number | null) => value?.toFixed(2);

describe('DESIGN §3 worked examples', () => {
  it('1. MAXIMIZE, T = 80, R = 72 → 90.00 YELLOW', () => {
    const result = achievement({ polarity: 'MAXIMIZE', target: 80, realisation: 72 });
    expect(twoDecimals(result.raw)).toBe('90.00');
    expect(band(result.capped)).toBe('YELLOW');
  });

  it('2. MAXIMIZE, T = 50, R = 65 → raw 130.00, counted 120.00, GREEN', () => {
    const result = achievement({ polarity: 'MAXIMIZE', target: 50, realisation: 65 });
    expect(twoDecimals(result.raw)).toBe('130.00');
    expect(twoDecimals(result.capped)).toBe('120.00');
    expect(band(result.raw)).toBe('GREEN');
    expect(band(result.capped)).toBe('GREEN');
  });

  it('3. MINIMIZE, T = 10, R = 12 → 80.00 YELLOW', () => {
    const result = achievement({ polarity: 'MINIMIZE', target: 10, realisation: 12 });
    expect(twoDecimals(result.raw)).toBe('80.00');
    expect(band(result.capped)).toBe('YELLOW');
  });

  it('4. MINIMIZE, T = 10, R = 25 → 0.00 RED', () => {
    const result = achievement({ polarity: 'MINIMIZE', target: 10, realisation: 25 });
    expect(twoDecimals(result.raw)).toBe('0.00');
    expect(band(result.capped)).toBe('RED');
  });

  it('5. STABILIZE, [2, 4], R = 5 → 66.67 RED', () => {
    const result = achievement({ polarity: 'STABILIZE', target: { low: 2, high: 4 }, realisation: 5 });
    expect(twoDecimals(result.raw)).toBe('66.67');
    expect(result.explanation.substituted).toMatch(/= 66,67$/);
    expect(band(result.capped)).toBe('RED');
  });

  it('6. Objective with (w 2, a 90) and (w 1, a 130) → (180 + 120) / 3 = 100.00 GREEN', () => {
    const result = rollUp([
      { weight: 2, value: 90 },
      { weight: 1, value: 130 },
    ]);
    expect(twoDecimals(result.score)).toBe('100.00');
    expect(result.explanation.substituted).toBe('(2 × 90 + 1 × 120) / (2 + 1) = 100,00');
    expect(band(result.score)).toBe('GREEN');

    const nodes: ScoreNode[] = [
      { id: 'objective', parentId: null, kind: 'OBJECTIVE', weight: 1 },
      { id: 'i1', parentId: 'objective', kind: 'INDICATOR', weight: 2 },
      { id: 'i2', parentId: 'objective', kind: 'INDICATOR', weight: 1 },
    ];
    const snapshot = buildFullSnapshots(
      nodes,
      new Map([
        ['i1', 90],
        ['i2', 130],
      ]),
    ).get('objective')!;
    expect(twoDecimals(snapshot.score)).toBe('100.00');
    expect(snapshot.band).toBe('GREEN');
  });

  it('7. Perspectives 30/20/30/20 scoring 100, 90, 80, no data → 7200 / 80 = 90.00 YELLOW', () => {
    const result = rollUp([
      { weight: 30, value: 100 },
      { weight: 20, value: 90 },
      { weight: 30, value: 80 },
      { weight: 20, value: null },
    ]);
    expect(result).toMatchObject({ weightedSum: 7200, weightSum: 80 });
    expect(twoDecimals(result.score)).toBe('90.00');
    expect(band(result.score)).toBe('YELLOW');

    // The same scorecard as a tree: each perspective holds one indicator with that achievement.
    const perspectives = [
      ['STAKEHOLDER', 30, 100],
      ['CUSTOMER', 20, 90],
      ['INTERNAL_PROCESS', 30, 80],
      ['LEARNING_GROWTH', 20, null],
    ] as const;
    const nodes: ScoreNode[] = [{ id: 'scorecard', parentId: null, kind: 'SCORECARD', weight: 1 }];
    const leaves = new Map<string, number | null>();
    for (const [name, weight, score] of perspectives) {
      nodes.push({ id: name, parentId: 'scorecard', kind: 'PERSPECTIVE', weight });
      nodes.push({ id: `${name}-indicator`, parentId: name, kind: 'INDICATOR', weight: 1 });
      leaves.set(`${name}-indicator`, score);
    }
    const snapshot = buildFullSnapshots(nodes, leaves).get('scorecard')!;
    expect(snapshot).toMatchObject({ weightedSum: 7200, weightSum: 80, band: 'YELLOW' });
    expect(twoDecimals(snapshot.score)).toBe('90.00');
  });
});
