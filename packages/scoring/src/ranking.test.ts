import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { type RankingRow, rankUnits } from './ranking';
import { resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

const row = (
  id: string,
  name: string,
  score: number | null,
  spendDeviation: number | null,
  timeliness: number | null,
): RankingRow => ({
  id,
  name,
  score,
  spendDeviation,
  timeliness,
});

describe('rankUnits', () => {
  it('weights score 60, budget 20, timeliness 20 by default', () => {
    const [first] = rankUnits([row('dikes', 'Dinas Kesehatan', 95, -3, 90)]);
    expect(first).toMatchObject({
      id: 'dikes',
      index: 94.4,
      rank: 1,
      components: { score: 95, budget: 97, timeliness: 90 },
    });
    expect(first!.explanation).toMatchObject({
      formula: '(w[S] × S + w[B] × B + w[P] × P) / (w[S] + w[B] + w[P])',
      substituted: '(60 × 95 + 20 × 97 + 20 × 90) / (60 + 20 + 20) = 94,40',
    });
  });

  it('caps the score and clamps budget performance to [0, cap]', () => {
    const [high, low] = rankUnits([row('a', 'A', 150, 40, 100), row('b', 'B', 10, -130, 0)]);
    expect(high!.components).toEqual({ score: 120, budget: 120, timeliness: 100 });
    expect(low!.components).toEqual({ score: 10, budget: 0, timeliness: 0 });
    expect(rankUnits([row('c', 'C', -5, 0, 50)])[0]!.components.score).toBe(0);
  });

  it('re-normalises over the components with data', () => {
    const [only] = rankUnits([row('a', 'A', 80, null, null)]);
    expect(only).toMatchObject({ index: 80 });
    expect(only!.explanation.formula).toBe('(w[S] × S) / (w[S])');
    const [none] = rankUnits([row('b', 'B', null, null, null)]);
    expect(none).toMatchObject({ index: null, explanation: { reason: 'NO_DATA', result: null } });
  });

  it('leaves out components weighted 0 in the tenant settings', () => {
    const settings = resolveSettings({ rankingWeights: { score: 1, budget: 0, timeliness: 0 } });
    expect(rankUnits([row('a', 'A', null, 5, 100)], settings)[0]!.index).toBeNull();
    expect(rankUnits([row('a', 'A', 70, 5, 100)], settings)[0]!.index).toBe(70);
  });

  it('sorts by index, then score, then Indonesian name order, then id, missing last', () => {
    const ranked = rankUnits([
      row('x', 'Zeta', null, null, null),
      row('c', 'dinas sosial', 90, -10, 100),
      row('b', 'Dinas Pendidikan', 90, -10, 100),
      row('a', 'Biro Umum', 100, -20, 80),
      row('e', 'Alpha', null, null, null),
      row('d', 'Bappeda', 90, null, null),
      row('f', 'Bappeda', 90, null, null),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'f', 'e', 'x']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('orders identical figures and names by id, whatever the input order', () => {
    const twins = [row('d', 'Bappeda', 90, null, null), row('f', 'Bappeda', 90, null, null)];
    expect(rankUnits(twins).map((r) => r.id)).toEqual(['d', 'f']);
    expect(rankUnits([...twins].reverse()).map((r) => r.id)).toEqual(['d', 'f']);
  });

  it('puts a unit with an index but no score after one with a score on equal index', () => {
    const ranked = rankUnits([row('a', 'A', null, 0, 100), row('b', 'B', 100, null, null)]);
    expect(ranked.map((r) => [r.id, r.index])).toEqual([
      ['b', 100],
      ['a', 100],
    ]);
  });

  it('rejects duplicate ids and invalid figures', () => {
    expect(() => rankUnits([row('a', 'A', 1, 1, 1), row('a', 'B', 1, 1, 1)])).toThrow(
      inputError('rows[1].id', 'duplicate'),
    );
    expect(() => rankUnits([row('a', 'A', Number.NaN, 1, 1)])).toThrow(inputError('rows[0].score', 'finite'));
    expect(() => rankUnits([row('a', 'A', 1, Number.NEGATIVE_INFINITY, 1)])).toThrow(
      inputError('rows[0].spendDeviation', 'finite'),
    );
    expect(() => rankUnits([row('a', 'A', 1, 1, 120)])).toThrow(inputError('rows[0].timeliness', 'range'));
  });

  it('gives every unit its own rank and never NaN', () => {
    const optional = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null });
    const rows = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        name: fc.constantFrom('Dinas A', 'Dinas B', 'Badan C', 'biro d'),
        score: optional(fc.double({ min: 0, max: 200, noNaN: true })),
        spendDeviation: optional(fc.double({ min: -100, max: 100, noNaN: true })),
        timeliness: optional(fc.double({ min: 0, max: 100, noNaN: true })),
      }),
      { selector: (r) => r.id, maxLength: 30 },
    );
    fc.assert(
      fc.property(rows, (input) => {
        const ranked = rankUnits(input);
        expect(ranked.map((r) => r.rank)).toEqual(input.map((_, i) => i + 1));
        for (let i = 1; i < ranked.length; i++) {
          const [a, b] = [ranked[i - 1]!.index, ranked[i]!.index];
          if (b !== null) expect(a).not.toBeNull();
          if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b);
        }
        for (const r of ranked) expect(Number.isNaN(r.index)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
