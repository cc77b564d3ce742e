import { periodValue, resolveSettings, yearToDate } from '@ekinerja/scoring';
import { describe, expect, it } from 'vitest';
import { earlyWarningView, scoredView } from './achievementView';
import { indicatorSeries } from '../../snapshots/lib/indicatorSeries';

const settings = resolveSettings();
const rule = {
  polarity: 'MAXIMIZE',
  minimizeFormula: 'RATIO_DIFF',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
} as const;
const target = (month: number, value: number | null) => ({ month, value, low: null, high: null });

describe('scoredView', () => {
  it('explains a year-to-date achievement with the substituted numbers (DESIGN §3 example 1)', () => {
    const series = indicatorSeries(
      rule,
      [target(1, 40), target(2, 40)],
      [
        { month: 1, value: 30, status: 'VERIFIED' },
        { month: 2, value: 42, status: 'VERIFIED' },
      ],
    );
    const view = scoredView(series, settings, (s, rules) => yearToDate(s, 2, rules));
    expect(view).toMatchObject({
      raw: 90,
      capped: 90,
      band: 'YELLOW',
      predikat: 'BAIK',
      months: [1, 2],
      realisation: 72,
      target: 80,
      problem: null,
    });
    expect(view.aggregation.substituted).toBe('R = 30 + 42 = 72; T = 40 + 40 = 80');
    expect(view.explanation).toEqual({
      formula: 'R / T × 100',
      substituted: '72 / 80 × 100 = 90,00',
      inputs: [
        { name: 'R', value: 72, text: null },
        { name: 'T', value: 80, text: null },
      ],
      result: 90,
      reason: null,
    });
  });

  it('leaves values that are not verified out', () => {
    const series = indicatorSeries(
      rule,
      [target(1, 40), target(2, 40)],
      [
        { month: 1, value: 30, status: 'VERIFIED' },
        { month: 2, value: 42, status: 'SUBMITTED' },
      ],
    );
    expect(scoredView(series, settings, (s, rules) => yearToDate(s, 2, rules)).months).toEqual([1]);
    const pending = scoredView(series, settings, (s, rules) => periodValue(s, 2, rules));
    expect(pending).toMatchObject({ raw: null, band: 'NO_DATA', explanation: { reason: 'NO_DATA' } });
  });

  it('scores a configuration the engine refuses as no data and names the problem', () => {
    const series = indicatorSeries(rule, [target(1, null)], [{ month: 1, value: 5, status: 'VERIFIED' }]);
    const view = scoredView(series, settings, (s, rules) => yearToDate(s, 1, rules));
    expect(view).toMatchObject({
      raw: null,
      band: 'NO_DATA',
      problem: { field: 'targets[1]', rule: 'targetRequired' },
      explanation: { formula: 'R / T × 100' },
    });
  });
});

describe('earlyWarningView', () => {
  it('projects a SUM indicator to the year end and has nothing to say for others', () => {
    const series = indicatorSeries(
      rule,
      Array.from({ length: 12 }, (_, i) => target(i + 1, 10)),
      [{ month: 1, value: 6, status: 'VERIFIED' }],
    );
    expect(earlyWarningView(series, 1, settings)).toMatchObject({
      monthsElapsed: 1,
      projectedRealisation: 72,
      annualTarget: 120,
      atRisk: true,
      projected: { raw: 60, band: 'RED' },
    });
    const last = indicatorSeries({ ...rule, aggregation: 'LAST' }, [target(1, 10)], []);
    expect(earlyWarningView(last, 1, settings)).toBeNull();
  });
});
