import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { type IndicatorYear, isDueMonth, periodValue, reportingMonths, valueAt, yearToDate } from './periods';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

/** Targets of 10 every month, realisations as given (index = month). */
function monthly(
  aggregation: IndicatorYear['aggregation'],
  realisations: Record<number, number | null>,
): IndicatorYear {
  return {
    polarity: 'MAXIMIZE',
    aggregation,
    frequency: 'MONTHLY',
    targets: new Map(Array.from({ length: 12 }, (_, i) => [i + 1, 10])),
    realisations: new Map(Object.entries(realisations).map(([m, v]) => [Number(m), v])),
  };
}

describe('reporting frequencies', () => {
  it('lists the months that close a period', () => {
    expect(reportingMonths('MONTHLY')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(reportingMonths('QUARTERLY')).toEqual([3, 6, 9, 12]);
    expect(reportingMonths('SEMESTER')).toEqual([6, 12]);
    expect(reportingMonths('YEARLY')).toEqual([12]);
  });

  it('knows whether a month is due', () => {
    expect(isDueMonth('QUARTERLY', 6)).toBe(true);
    expect(isDueMonth('QUARTERLY', 5)).toBe(false);
    expect(isDueMonth('YEARLY', 12)).toBe(true);
    expect(() => isDueMonth('MONTHLY', 13)).toThrow(inputError('month', 'monthRange'));
    expect(() => isDueMonth('MONTHLY', 1.5)).toThrow(inputError('month', 'monthRange'));
  });
});

describe('monthly series', () => {
  it('reads Maps by key and arrays by index, missing as NO_DATA', () => {
    expect(valueAt(new Map([[3, 7]]), 3)).toBe(7);
    expect(valueAt(new Map([[3, 7]]), 4)).toBeNull();
    expect(valueAt([null, 1, 2, 3], 3)).toBe(3);
    expect(valueAt([null, 1, 2, 3], 4)).toBeNull();
    expect(valueAt([null, 1, undefined], 2)).toBeNull();
  });
});

describe('periodValue', () => {
  it('scores the single period ending in the month', () => {
    const result = periodValue(monthly('SUM', { 1: 8, 2: 9 }), 2);
    expect(result).toMatchObject({ months: [2], realisation: 9, target: 10, raw: 90, capped: 90 });
  });

  it('is NO_DATA without a verified value', () => {
    const result = periodValue(monthly('SUM', { 1: 8, 2: null }), 2);
    expect(result).toMatchObject({ months: [], realisation: null, target: null, raw: null, capped: null });
    expect(result.explanation).toMatchObject({ formula: 'R / T × 100', result: null, reason: 'NO_DATA' });
    expect(result.aggregation.reason).toBe('NO_DATA');
  });

  it('is NO_DATA in a month that closes no period', () => {
    const indicator: IndicatorYear = { ...monthly('SUM', { 3: 5 }), frequency: 'QUARTERLY' };
    expect(periodValue(indicator, 2)).toMatchObject({ raw: null, explanation: { reason: 'NOT_DUE_MONTH' } });
    expect(periodValue(indicator, 3)).toMatchObject({ raw: 50 });
  });

  it('points errors at the month’s cell', () => {
    const indicator: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'SUM',
      frequency: 'MONTHLY',
      targets: [null, 0, 10],
      realisations: [null, 4, Number.NaN],
    };
    expect(() => periodValue(indicator, 1)).toThrow(inputError('targets[1]', 'targetPositive'));
    expect(() => periodValue(indicator, 2)).toThrow(inputError('realisations[2]', 'finite'));
    expect(() => periodValue(indicator, 0)).toThrow(inputError('month', 'monthRange'));
  });
});

describe('yearToDate', () => {
  it('SUM compares summed realisations with the summed targets of the same months', () => {
    const result = yearToDate(monthly('SUM', { 1: 8, 2: null, 3: 13, 4: 20 }), 3);
    expect(result).toMatchObject({ months: [1, 3], realisation: 21, target: 20, raw: 105 });
    expect(result.aggregation).toMatchObject({
      formula: 'R = Σ R[i]; T = Σ T[i]',
      substituted: 'R = 8 + 13 = 21; T = 10 + 10 = 20',
      inputs: { n: 2, 'R[1]': 8, 'T[1]': 10, 'R[3]': 13, 'T[3]': 10, R: 21, T: 20 },
      result: 21,
    });
    expect(result.explanation.substituted).toBe('21 / 20 × 100 = 105,00');
  });

  it('AVERAGE compares the averages over months with data', () => {
    const indicator: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'AVERAGE',
      frequency: 'MONTHLY',
      targets: [null, 80, 90, 100],
      realisations: [null, 72, null, 90],
    };
    const result = yearToDate(indicator, 12);
    expect(result).toMatchObject({ months: [1, 3], realisation: 81, target: 90, raw: 90 });
    expect(result.aggregation.substituted).toBe('R = (72 + 90) / 2 = 81; T = (80 + 100) / 2 = 90');
  });

  it('LAST takes the latest month with data and its target', () => {
    const indicator: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'LAST',
      frequency: 'MONTHLY',
      targets: [null, 50, 60, 70],
      realisations: [null, 40, 63, null],
    };
    const result = yearToDate(indicator, 3);
    expect(result).toMatchObject({ months: [2], realisation: 63, target: 60, raw: 105 });
    expect(result.aggregation).toMatchObject({ substituted: 'k = 2; R = 63; T = 60', inputs: { k: 2 } });
  });

  it('MIN and MAX take the extreme realisation with its month’s target, the latest on ties', () => {
    const indicator = (aggregation: 'MIN' | 'MAX'): IndicatorYear => ({
      polarity: 'MAXIMIZE',
      aggregation,
      frequency: 'MONTHLY',
      targets: [null, 10, 20, 30, 40, 50],
      realisations: [null, 5, 30, 5, 30, null],
    });
    expect(yearToDate(indicator('MIN'), 5)).toMatchObject({ months: [3], realisation: 5, target: 30 });
    expect(yearToDate(indicator('MAX'), 5)).toMatchObject({
      months: [4],
      realisation: 30,
      target: 40,
      raw: 75,
    });
    expect(yearToDate(indicator('MIN'), 1)).toMatchObject({ months: [1], target: 10, raw: 50 });
  });

  it('only uses the months of the frequency up to the month', () => {
    const indicator: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'SUM',
      frequency: 'SEMESTER',
      targets: new Map([
        [6, 50],
        [12, 50],
      ]),
      realisations: new Map([
        [3, 999],
        [6, 40],
        [12, 70],
      ]),
    };
    expect(yearToDate(indicator, 11)).toMatchObject({ months: [6], raw: 80 });
    expect(yearToDate(indicator, 12)).toMatchObject({ months: [6, 12], raw: 110 });
    expect(yearToDate(indicator, 5)).toMatchObject({ months: [], raw: null });
  });

  it('applies MINIMIZE with the indicator’s formula', () => {
    const ratio = { ...monthly('SUM', { 1: 12 }), polarity: 'MINIMIZE' as const, targets: [null, 10] };
    expect(yearToDate(ratio, 1).raw).toBe(80);
    expect(yearToDate({ ...ratio, formula: 'INVERSE' }, 1).raw).toBeCloseTo(83.3333, 4);
    expect(yearToDate({ ...ratio, realisations: [] }, 1).explanation.formula).toBe(
      'max(0; (2 × T − R) / T × 100)',
    );
    expect(yearToDate({ ...ratio, formula: 'INVERSE', realisations: [] }, 1).explanation.formula).toBe(
      'T / R × 100',
    );
  });

  it('aggregates STABILIZE bands edge by edge', () => {
    const band = { low: 2, high: 4 };
    const base = {
      polarity: 'STABILIZE' as const,
      frequency: 'QUARTERLY' as const,
      targets: [null, null, null, band, null, null, band],
      realisations: [null, null, null, 3, null, null, 7],
    };
    const sum = yearToDate({ ...base, aggregation: 'SUM' }, 6);
    expect(sum).toMatchObject({ realisation: 10, target: { low: 4, high: 8 } });
    expect(sum.raw).toBeCloseTo(66.6667, 4);
    expect(sum.aggregation.substituted).toBe('R = 3 + 7 = 10; L = 2 + 2 = 4; H = 4 + 4 = 8');
    expect(sum.aggregation.formula).toBe('R = Σ R[i]; L = Σ L[i]; H = Σ H[i]');
    const average = yearToDate({ ...base, aggregation: 'AVERAGE' }, 6);
    expect(average).toMatchObject({ realisation: 5, target: { low: 2, high: 4 } });
    expect(average.raw).toBeCloseTo(66.6667, 4);
    expect(average.aggregation.formula).toBe('R = Σ R[i] / n; L = Σ L[i] / n; H = Σ H[i] / n');
    const last = yearToDate({ ...base, aggregation: 'LAST' }, 6);
    expect(last.aggregation.substituted).toBe('k = 6; R = 7; L = 2; H = 4');
    expect(last.aggregation.inputs).toMatchObject({ L: 2, H: 4 });
  });

  it('reports a missing or invalid target of a month with data', () => {
    const indicator: IndicatorYear = {
      polarity: 'MAXIMIZE',
      aggregation: 'SUM',
      frequency: 'MONTHLY',
      targets: [null, 10, null],
      realisations: [null, 5, 5],
    };
    expect(() => yearToDate(indicator, 2)).toThrow(inputError('targets[2]', 'targetRequired'));
    expect(() => yearToDate({ ...indicator, targets: [null, 10, Number.NaN] }, 2)).toThrow(
      inputError('targets[2]', 'finite'),
    );
    expect(() => yearToDate({ ...indicator, targets: [null, 0, 0] }, 2)).toThrow(
      inputError('targets', 'targetPositive'),
    );
    const banded: IndicatorYear = {
      polarity: 'STABILIZE',
      aggregation: 'SUM',
      frequency: 'MONTHLY',
      targets: [null, { low: Number.NaN, high: 1 }, { low: 1, high: Number.NaN }],
      realisations: [null, 1, 1],
    };
    expect(() => periodValue(banded, 1)).toThrow(inputError('targets[1].low', 'finite'));
    expect(() => periodValue(banded, 2)).toThrow(inputError('targets[2].high', 'finite'));
    expect(() => yearToDate(indicator, 13)).toThrow(inputError('month', 'monthRange'));
  });

  it('ignores NO_DATA months: adding one changes nothing', () => {
    const months = fc.dictionary(
      fc.integer({ min: 1, max: 12 }).map(String),
      fc.double({ min: 0, max: 1000, noNaN: true }),
    );
    fc.assert(
      fc.property(
        months,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX'),
        (values, month, aggregation) => {
          const realisations = Object.fromEntries(Object.entries(values).map(([m, v]) => [Number(m), v]));
          const before = yearToDate(monthly(aggregation, realisations), 12);
          const withGap = yearToDate(monthly(aggregation, { ...realisations, [month]: null }), 12);
          if (values[String(month)] === undefined) expect(withGap).toEqual(before);
          expect(Number.isNaN(before.raw)).toBe(false);
          expect(before.raw === null).toBe(Object.keys(values).length === 0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
