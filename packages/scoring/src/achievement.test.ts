import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AchievementInput, type MinimizeFormula, achievement, achievementFormula } from './achievement';
import type { ScoringRule } from './errors';
import { resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

const maximize = (target: number, realisation: number) =>
  achievement({ polarity: 'MAXIMIZE', target, realisation });
const minimize = (target: number, realisation: number, formula?: MinimizeFormula) =>
  achievement({ polarity: 'MINIMIZE', target, realisation, formula });
const stabilize = (low: number, high: number, realisation: number) =>
  achievement({ polarity: 'STABILIZE', target: { low, high }, realisation });

describe('MAXIMIZE: R / T × 100', () => {
  it('explains itself with the substituted formula', () => {
    expect(maximize(80, 72)).toEqual({
      raw: 90,
      capped: 90,
      explanation: {
        formula: 'R / T × 100',
        substituted: '72 / 80 × 100 = 90,00',
        inputs: { R: 72, T: 80 },
        result: 90,
      },
    });
  });

  it('keeps the raw value and caps what counts', () => {
    expect(maximize(50, 65)).toMatchObject({ raw: 130, capped: 120 });
    expect(
      achievement({ polarity: 'MAXIMIZE', target: 50, realisation: 65 }, resolveSettings({ cap: 150 }))
        .capped,
    ).toBe(130);
  });

  it('shows a negative realisation as is but counts it as 0', () => {
    expect(maximize(5, -1)).toMatchObject({ raw: -20, capped: 0 });
    expect(maximize(5, -1).explanation.substituted).toBe('(-1) / 5 × 100 = -20,00');
  });

  it('requires a positive target', () => {
    expect(() => maximize(0, 5)).toThrow(inputError('target', 'targetPositive'));
    expect(() => maximize(-10, 5)).toThrow(inputError('target', 'targetPositive'));
    expect(() => maximize(Number.NaN, 5)).toThrow(inputError('target', 'finite'));
  });

  it('rejects a realisation that is not finite', () => {
    expect(() => maximize(10, Number.POSITIVE_INFINITY)).toThrow(inputError('realisation', 'finite'));
  });

  it('reports errors under the caller’s field names', () => {
    const fields = { target: 'targets[3]', realisation: 'realisations[3]' };
    expect(() => achievement({ polarity: 'MAXIMIZE', target: 0, realisation: 1 }, undefined, fields)).toThrow(
      inputError('targets[3]', 'targetPositive'),
    );
  });
});

describe('MINIMIZE RATIO_DIFF (default): (2T − R) / T × 100, floored at 0', () => {
  it('computes the PermenPANRB formula', () => {
    expect(minimize(10, 12)).toMatchObject({ raw: 80, capped: 80 });
    expect(minimize(10, 12).explanation.substituted).toBe('max(0; (2 × 10 − 12) / 10 × 100) = 80,00');
    expect(minimize(10, 5)).toMatchObject({ raw: 150, capped: 120 });
  });

  it('floors at 0 and says so', () => {
    const result = minimize(10, 25);
    expect(result).toMatchObject({ raw: 0, capped: 0 });
    expect(result.explanation.reason).toBe('FLOORED');
    expect(minimize(10, 20).explanation.reason).toBeUndefined();
  });

  it('gives the cap for a zero target met exactly and 0 otherwise', () => {
    expect(minimize(0, 0)).toMatchObject({ raw: 120, capped: 120 });
    expect(minimize(0, 0).explanation).toMatchObject({
      reason: 'TARGET_ZERO',
      substituted: 'T = 0; R = 0 → 120,00',
    });
    expect(minimize(0, 0.5)).toMatchObject({ raw: 0, capped: 0 });
  });

  it('requires non-negative target and realisation', () => {
    expect(() => minimize(-1, 2)).toThrow(inputError('target', 'nonNegative'));
    expect(() => minimize(1, -2)).toThrow(inputError('realisation', 'nonNegative'));
    expect(() => minimize(Number.NaN, 2)).toThrow(inputError('target', 'finite'));
  });
});

describe('MINIMIZE INVERSE: T / R × 100', () => {
  it('computes T / R', () => {
    expect(minimize(10, 12.5, 'INVERSE')).toMatchObject({ raw: 80, capped: 80 });
    expect(minimize(10, 12.5, 'INVERSE').explanation.substituted).toBe('10 / 12,5 × 100 = 80,00');
  });

  it('gives the cap for a realisation of 0, whatever the target', () => {
    expect(minimize(10, 0, 'INVERSE')).toMatchObject({ raw: 120, capped: 120 });
    expect(minimize(0, 0, 'INVERSE').explanation.reason).toBe('REALISATION_ZERO');
  });

  it('gives 0 for a zero target missed', () => {
    expect(minimize(0, 3, 'INVERSE')).toMatchObject({ raw: 0, capped: 0 });
  });
});

describe('STABILIZE within [L, H]', () => {
  it('scores 100 inside the band, edges included', () => {
    for (const r of [2, 3, 4]) expect(stabilize(2, 4, r)).toMatchObject({ raw: 100, capped: 100 });
    expect(stabilize(2, 4, 3).explanation).toMatchObject({
      substituted: '2 ≤ 3 ≤ 4 → 100,00',
      reason: 'INSIDE_BAND',
    });
  });

  it('scores the relative distance to the nearer edge outside', () => {
    const above = stabilize(2, 4, 5);
    expect(above.raw).toBeCloseTo(66.6667, 4);
    expect(above.explanation.substituted).toBe(
      'd = 5 − 4 = 1; m = (2 + 4) / 2 = 3; max(0; (1 − 1 / 3) × 100) = 66,67',
    );
    const below = stabilize(2, 4, 1.5);
    expect(below.raw).toBeCloseTo(83.3333, 4);
    expect(below.explanation.substituted).toContain('d = 2 − 1,5 = 0,5');
  });

  it('floors at 0 far outside the band', () => {
    expect(stabilize(2, 4, 10)).toMatchObject({ raw: 0, explanation: { reason: 'FLOORED' } });
    expect(stabilize(2, 4, 7).explanation.reason).toBeUndefined();
  });

  it('measures in band widths when the midpoint is at or below zero', () => {
    const result = stabilize(-1, 1, 2);
    expect(result.raw).toBe(50);
    expect(result.explanation.inputs).toMatchObject({ d: 1, w: 2 });
    expect(result.explanation.formula).toContain('w = H − L');
    expect(stabilize(-3, -1, -10)).toMatchObject({ raw: 0, explanation: { reason: 'FLOORED' } });
  });

  it('scores 0 off a single-point band at or below zero', () => {
    expect(stabilize(0, 0, 0)).toMatchObject({ raw: 100 });
    expect(stabilize(0, 0, 1)).toMatchObject({ raw: 0, explanation: { reason: 'DEGENERATE_BAND' } });
    expect(stabilize(5, 5, 6).raw).toBe(80);
  });

  it('requires an ordered band of finite edges', () => {
    expect(() => stabilize(4, 2, 3)).toThrow(inputError('target', 'bandOrder'));
    expect(() => stabilize(Number.NaN, 2, 3)).toThrow(inputError('target.low', 'finite'));
    expect(() => stabilize(1, Number.NaN, 3)).toThrow(inputError('target.high', 'finite'));
    expect(() => stabilize(1, 2, Number.NaN)).toThrow(inputError('realisation', 'finite'));
  });
});

describe('achievementFormula', () => {
  it('names the formula of each polarity', () => {
    expect(achievementFormula('MAXIMIZE')).toBe('R / T × 100');
    expect(achievementFormula('MINIMIZE')).toBe('max(0; (2 × T − R) / T × 100)');
    expect(achievementFormula('MINIMIZE', 'INVERSE')).toBe('T / R × 100');
    expect(achievementFormula('STABILIZE')).toContain('L ≤ R ≤ H → 100');
  });
});

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const nonNegative = fc.double({ min: 0, max: 1e6, noNaN: true });
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const cap = fc.double({ min: 1, max: 500, noNaN: true });
const anyInput: fc.Arbitrary<AchievementInput> = fc.oneof(
  fc.record({ polarity: fc.constant('MAXIMIZE' as const), target: positive, realisation: value }),
  fc.record({
    polarity: fc.constant('MINIMIZE' as const),
    target: nonNegative,
    realisation: nonNegative,
    formula: fc.constantFrom<MinimizeFormula>('RATIO_DIFF', 'INVERSE'),
  }),
  fc.record({
    polarity: fc.constant('STABILIZE' as const),
    target: fc.tuple(value, value).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
    realisation: value,
  }),
);

describe('achievement properties', () => {
  it('always counts within [0, cap] and never returns NaN', () => {
    fc.assert(
      fc.property(anyInput, cap, (input, c) => {
        const result = achievement(input, resolveSettings({ cap: c }));
        expect(Number.isNaN(result.raw)).toBe(false);
        expect(result.capped).toBeGreaterThanOrEqual(0);
        expect(result.capped).toBeLessThanOrEqual(c);
        expect(result.explanation.result).toBe(result.raw);
        expect(result.explanation.substituted).not.toContain('NaN');
      }),
      { numRuns: 300 },
    );
  });

  it('MAXIMIZE is non-decreasing in R', () => {
    fc.assert(
      fc.property(positive, value, value, (t, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(maximize(t, lo).raw).toBeLessThanOrEqual(maximize(t, hi).raw);
        expect(maximize(t, lo).capped).toBeLessThanOrEqual(maximize(t, hi).capped);
      }),
      { numRuns: 200 },
    );
  });

  it('MINIMIZE is non-increasing in R, for both formulas', () => {
    fc.assert(
      fc.property(
        nonNegative,
        nonNegative,
        nonNegative,
        fc.constantFrom<MinimizeFormula>('RATIO_DIFF', 'INVERSE'),
        (t, a, b, formula) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(minimize(t, lo, formula).capped).toBeGreaterThanOrEqual(minimize(t, hi, formula).capped);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('STABILIZE never rewards moving away from the band', () => {
    fc.assert(
      fc.property(value, value, nonNegative, nonNegative, (a, b, near, extra) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(stabilize(low, high, high + near).raw).toBeGreaterThanOrEqual(
          stabilize(low, high, high + near + extra).raw,
        );
        expect(stabilize(low, high, low - near).raw).toBeGreaterThanOrEqual(
          stabilize(low, high, low - near - extra).raw,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a MAXIMIZE target ≤ 0 as targetPositive on the target field', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 0, noNaN: true }), value, (t, r) => {
        expect(() => maximize(t, r)).toThrow(inputError('target', 'targetPositive'));
      }),
      { numRuns: 100 },
    );
  });

  it('rejects any non-finite input as finite on its field', () => {
    const nonFinite = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    fc.assert(
      fc.property(nonFinite, positive, (bad, ok) => {
        expect(() => maximize(bad, ok)).toThrow(inputError('target', 'finite'));
        expect(() => maximize(ok, bad)).toThrow(inputError('realisation', 'finite'));
        expect(() => minimize(bad, ok)).toThrow(inputError('target', 'finite'));
        expect(() => stabilize(0, ok, bad)).toThrow(inputError('realisation', 'finite'));
        expect(() => stabilize(bad, ok, ok)).toThrow(inputError('target.low', 'finite'));
      }),
      { numRuns: 30 },
    );
  });
});
