import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BudgetInput, budgetPerformance, deviationLevel } from './budget';
import type { ScoringRule } from './errors';
import { resolveSettings } from './settings';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

const base: BudgetInput = {
  ceiling: 2_000_000_000n,
  plannedSpend: 1_000_000_000n,
  realisedSpend: 880_000_000n,
  plannedPhysical: 50,
  realisedPhysical: 47.5,
};

describe('budgetPerformance', () => {
  it('computes absorption and deviations in points of the ceiling', () => {
    const result = budgetPerformance(base);
    expect(result).toMatchObject({
      absorption: 44,
      spendDeviation: -6,
      physicalDeviation: -2.5,
      spendLevel: 'WARNING',
      physicalLevel: 'OK',
    });
    expect(result.explanations.absorption).toMatchObject({
      formula: 'S[r] / P × 100',
      substituted: '880.000.000 / 2.000.000.000 × 100 = 44,00',
    });
    expect(result.explanations.spendDeviation.substituted).toBe(
      '(880.000.000 − 1.000.000.000) / 2.000.000.000 × 100 = -6,00',
    );
    expect(result.explanations.physicalDeviation.substituted).toBe('47,5 − 50 = -2,50');
  });

  it('accepts numbers and mixed bigint/number amounts alike', () => {
    const asNumbers = budgetPerformance({ ...base, ceiling: 2e9, plannedSpend: 1e9, realisedSpend: 8.8e8 });
    expect(asNumbers).toMatchObject({ absorption: 44, spendDeviation: -6 });
    expect(budgetPerformance({ ...base, plannedSpend: 1e9 })).toMatchObject({ spendDeviation: -6 });
  });

  it('keeps exact amounts exact at the level boundary', () => {
    const onTheLine = budgetPerformance({ ...base, ceiling: 3n, plannedSpend: 1n, realisedSpend: 0n });
    expect(onTheLine.spendDeviation).toBeCloseTo(-33.3333, 4);
    const minusFive = budgetPerformance({ ...base, ceiling: 700n, plannedSpend: 70n, realisedSpend: 35n });
    expect(minusFive).toMatchObject({ spendDeviation: -5, spendLevel: 'OK' });
  });

  it('has no absorption or spend deviation for a zero ceiling, and says why', () => {
    for (const ceiling of [0n, 0]) {
      const result = budgetPerformance({ ...base, ceiling, plannedSpend: 0n, realisedSpend: 0n });
      expect(result).toMatchObject({
        absorption: null,
        spendDeviation: null,
        spendLevel: 'NO_DATA',
        physicalLevel: 'OK',
      });
      expect(result.explanations.absorption).toMatchObject({ result: null, reason: 'CEILING_ZERO' });
      expect(result.explanations.spendDeviation.reason).toBe('CEILING_ZERO');
    }
  });

  it('rejects negative money, non-finite amounts and progress outside 0–100', () => {
    expect(() => budgetPerformance({ ...base, ceiling: -1n })).toThrow(inputError('ceiling', 'nonNegative'));
    expect(() => budgetPerformance({ ...base, realisedSpend: -5 })).toThrow(
      inputError('realisedSpend', 'nonNegative'),
    );
    expect(() => budgetPerformance({ ...base, plannedSpend: Number.NaN })).toThrow(
      inputError('plannedSpend', 'finite'),
    );
    expect(() => budgetPerformance({ ...base, realisedPhysical: 101 })).toThrow(
      inputError('realisedPhysical', 'range'),
    );
    expect(() => budgetPerformance({ ...base, plannedPhysical: Number.NaN })).toThrow(
      inputError('plannedPhysical', 'finite'),
    );
  });

  it('never returns NaN for valid amounts', () => {
    const money = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 1e12 }));
    const percent = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(money, money, money, percent, percent, (ceiling, plannedSpend, realisedSpend, p, r) => {
        const result = budgetPerformance({
          ceiling,
          plannedSpend,
          realisedSpend,
          plannedPhysical: p,
          realisedPhysical: r,
        });
        for (const value of [result.absorption, result.spendDeviation, result.physicalDeviation]) {
          expect(Number.isNaN(value)).toBe(false);
        }
        expect(result.absorption === null).toBe(Number(ceiling) === 0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('deviationLevel', () => {
  it('is WARNING below −5 and CRITICAL below −10, strictly', () => {
    expect(deviationLevel(0)).toBe('OK');
    expect(deviationLevel(-5)).toBe('OK');
    expect(deviationLevel(-5.01)).toBe('WARNING');
    expect(deviationLevel(-10)).toBe('WARNING');
    expect(deviationLevel(-10.01)).toBe('CRITICAL');
    expect(deviationLevel(null)).toBe('NO_DATA');
  });

  it('follows the tenant levels', () => {
    const settings = resolveSettings({ budgetDeviationLevels: { warning: -2, critical: -4 } });
    expect(deviationLevel(-3, settings)).toBe('WARNING');
    expect(deviationLevel(-5, settings)).toBe('CRITICAL');
  });

  it('rejects a non-finite deviation', () => {
    expect(() => deviationLevel(Number.NaN)).toThrow(inputError('deviation', 'finite'));
  });
});
