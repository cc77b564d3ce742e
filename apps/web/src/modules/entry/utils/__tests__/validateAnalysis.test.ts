import { describe, expect, it } from 'vitest';
import { EMPTY_ANALYSIS } from '../../types/MeasurementDraft';
import { isShortOfTarget } from '../isShortOfTarget';
import { validateAnalysis } from '../validateAnalysis';

const period = { year: 2026, month: 10 };
const full = {
  obstacles: 'Laporan puskesmas terlambat',
  supportingFactors: '',
  followUpPlan: 'Pendampingan pelaporan',
  followUpDue: '2026-12-15',
};
const fieldsOf = (change: Partial<typeof full>) =>
  validateAnalysis({ ...full, ...change }, period).errors.map((e) => [e.field, e.key]);

describe('validateAnalysis', () => {
  it('sends nothing when nothing is typed, and the trimmed analysis when it is complete', () => {
    expect(validateAnalysis(EMPTY_ANALYSIS, period)).toEqual({ errors: [], analysis: null });
    expect(validateAnalysis({ ...full, obstacles: '  Hujan  ' }, period).analysis).toEqual({
      obstacles: 'Hujan',
      supportingFactors: null,
      followUpPlan: full.followUpPlan,
      followUpDue: full.followUpDue,
    });
  });

  it('asks for every required part once any is typed', () => {
    expect(validateAnalysis({ ...EMPTY_ANALYSIS, supportingFactors: 'Dana BOK' }, period).errors).toEqual([
      { field: 'analysis.obstacles', key: 'entry.errors.analysisText' },
      { field: 'analysis.followUpPlan', key: 'entry.errors.analysisText' },
      { field: 'analysis.followUpDue', key: 'entry.errors.analysisDate' },
    ]);
  });

  it('refuses texts over 2,000 characters, impossible days and a date before the period', () => {
    expect(fieldsOf({ followUpPlan: 'x'.repeat(2001) })).toEqual([
      ['analysis.followUpPlan', 'entry.errors.analysisTooLong'],
    ]);
    expect(fieldsOf({ followUpDue: '2026-02-30' })).toEqual([
      ['analysis.followUpDue', 'entry.errors.analysisDate'],
    ]);
    expect(fieldsOf({ followUpDue: '2026-09-30' })).toEqual([
      ['analysis.followUpDue', 'entry.errors.analysisBeforePeriod'],
    ]);
    expect(fieldsOf({ followUpDue: '2026-10-01' })).toEqual([]);
  });
});

describe('isShortOfTarget', () => {
  it('follows the polarity', () => {
    const task = { polarity: 'MAXIMIZE', target: 100, low: null, high: null };
    expect(isShortOfTarget(task, 99.9)).toBe(true);
    expect(isShortOfTarget(task, 100)).toBe(false);
    expect(isShortOfTarget({ ...task, polarity: 'MINIMIZE' }, 101)).toBe(true);
    expect(isShortOfTarget({ ...task, polarity: 'STABILIZE', low: 5, high: 8 }, 9)).toBe(true);
    expect(isShortOfTarget({ ...task, polarity: 'STABILIZE', low: 5, high: 8 }, 6)).toBe(false);
  });

  it('asks nothing without a value or a target', () => {
    expect(isShortOfTarget({ polarity: 'MAXIMIZE', target: 100, low: null, high: null }, null)).toBe(false);
    expect(isShortOfTarget({ polarity: 'MAXIMIZE', target: null, low: null, high: null }, 1)).toBe(false);
  });
});
