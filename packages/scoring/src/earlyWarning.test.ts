import { describe, expect, it } from 'vitest';
import { earlyWarning } from './earlyWarning';
import type { ScoringRule } from './errors';
import type { IndicatorYear } from './periods';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

const twelve = (value: number) => Array.from({ length: 13 }, (_, i) => (i === 0 ? null : value));

const sum: IndicatorYear = {
  polarity: 'MAXIMIZE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  targets: twelve(100),
  realisations: [null, 90, 80, 70],
};

describe('earlyWarning', () => {
  it('projects the year from the pace so far', () => {
    const warning = earlyWarning(sum, 3)!;
    expect(warning).toMatchObject({
      monthsElapsed: 3,
      yearToDateRealisation: 240,
      projectedRealisation: 960,
      annualTarget: 1200,
      atRisk: false,
    });
    expect(warning.projected).toMatchObject({ raw: 80, capped: 80 });
    expect(warning.explanation).toMatchObject({
      formula: 'R[y] = R[ytd] × 12 / k',
      substituted: '240 × 12 / 3 = 960,00',
    });
  });

  it('is at risk below the yellow threshold', () => {
    const warning = earlyWarning({ ...sum, realisations: [null, 90, 80, 60] }, 3)!;
    expect(warning.projected!.raw).toBeCloseTo(76.6667, 4);
    expect(warning.atRisk).toBe(true);
  });

  it('measures the pace to the latest period with data', () => {
    const quarterly: IndicatorYear = {
      ...sum,
      frequency: 'QUARTERLY',
      targets: [null, null, null, 300, null, null, 300, null, null, 300, null, null, 300],
      realisations: [null, null, null, 200],
    };
    expect(earlyWarning(quarterly, 5)).toMatchObject({
      monthsElapsed: 3,
      projectedRealisation: 800,
      atRisk: true,
    });
  });

  it('leaves out periods whose target is not set yet', () => {
    const partial: IndicatorYear = { ...sum, targets: [null, 100, 100, 100, 100] };
    expect(earlyWarning(partial, 3)).toMatchObject({ annualTarget: 400, atRisk: false });
  });

  it('uses the polarity and MINIMIZE formula of the indicator', () => {
    const complaints: IndicatorYear = {
      polarity: 'MINIMIZE',
      formula: 'INVERSE',
      aggregation: 'SUM',
      frequency: 'MONTHLY',
      targets: twelve(10),
      realisations: [null, 15, 15],
    };
    const warning = earlyWarning(complaints, 2)!;
    expect(warning.projectedRealisation).toBe(180);
    expect(warning.projected!.raw).toBeCloseTo(66.6667, 4);
    expect(warning.atRisk).toBe(true);
    expect(earlyWarning({ ...complaints, formula: undefined }, 2)!.projected!.raw).toBe(50);
  });

  it('projects STABILIZE against the summed band', () => {
    const band: IndicatorYear = {
      polarity: 'STABILIZE',
      aggregation: 'SUM',
      frequency: 'SEMESTER',
      targets: new Map([
        [6, { low: 40, high: 60 }],
        [12, { low: 40, high: 60 }],
      ]),
      realisations: new Map([[6, 55]]),
    };
    expect(earlyWarning(band, 6)).toMatchObject({
      projectedRealisation: 110,
      annualTarget: { low: 80, high: 120 },
      projected: { raw: 100 },
      atRisk: false,
    });
  });

  it('is not at risk without data, and not applicable beyond SUM', () => {
    const none = earlyWarning({ ...sum, realisations: [] }, 6)!;
    expect(none).toMatchObject({
      projected: null,
      atRisk: false,
      monthsElapsed: null,
      explanation: { reason: 'NO_DATA' },
    });
    expect(earlyWarning({ ...sum, aggregation: 'AVERAGE' }, 6)).toBeNull();
  });

  it('rejects invalid input', () => {
    expect(() => earlyWarning(sum, 0)).toThrow(inputError('month', 'monthRange'));
    expect(() => earlyWarning({ ...sum, targets: [...twelve(100).slice(0, 12), Number.NaN] }, 3)).toThrow(
      inputError('targets[12]', 'finite'),
    );
    expect(() => earlyWarning({ ...sum, targets: [null, 0, 0, 0] }, 3)).toThrow(
      inputError('targets', 'targetPositive'),
    );
    const band = (low: number, high: number): IndicatorYear => ({
      polarity: 'STABILIZE',
      aggregation: 'SUM',
      frequency: 'SEMESTER',
      targets: new Map([
        [6, { low: 1, high: 2 }],
        [12, { low, high }],
      ]),
      realisations: new Map([[6, 1]]),
    });
    expect(() => earlyWarning(band(Number.NaN, 2), 6)).toThrow(inputError('targets[12].low', 'finite'));
    expect(() => earlyWarning(band(1, Number.NaN), 6)).toThrow(inputError('targets[12].high', 'finite'));
  });
});
