import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import { type ReportingInput, reportingDeadline, reportingStatus } from './reporting';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

describe('reportingDeadline', () => {
  it('ends with the due day of the next month in WITA (UTC+8)', () => {
    // 10 February 24:00 WITA is 10 February 16:00 UTC.
    expect(reportingDeadline(2026, 1).toISOString()).toBe('2026-02-10T16:00:00.000Z');
    expect(reportingDeadline(2026, 3, 5, 'Asia/Makassar').toISOString()).toBe('2026-04-05T16:00:00.000Z');
  });

  it('rolls December into January of the next year', () => {
    expect(reportingDeadline(2026, 12).toISOString()).toBe('2027-01-10T16:00:00.000Z');
  });

  it('follows other zones, including daylight saving', () => {
    expect(reportingDeadline(2026, 1, 10, 'Asia/Jakarta').toISOString()).toBe('2026-02-10T17:00:00.000Z');
    // Europe/Berlin is on summer time (UTC+2) on 11 April, winter time (UTC+1) on 11 February.
    expect(reportingDeadline(2026, 3, 10, 'Europe/Berlin').toISOString()).toBe('2026-04-10T22:00:00.000Z');
    expect(reportingDeadline(2026, 1, 10, 'Europe/Berlin').toISOString()).toBe('2026-02-10T23:00:00.000Z');
    expect(reportingDeadline(2026, 2, 28, 'America/New_York').toISOString()).toBe('2026-03-29T04:00:00.000Z');
  });

  it('rejects impossible inputs', () => {
    expect(() => reportingDeadline(2026, 13)).toThrow(inputError('month', 'monthRange'));
    expect(() => reportingDeadline(2026.5, 1)).toThrow(inputError('year', 'integer'));
    expect(() => reportingDeadline(2026, 1, 31)).toThrow(inputError('dueDay', 'range'));
    expect(() => reportingDeadline(2026, 1, 10, 'WITA')).toThrow(inputError('timeZone', 'timeZone'));
  });
});

describe('reportingStatus', () => {
  const at = (iso: string) => new Date(iso);
  const base: ReportingInput = {
    year: 2026,
    dueMonths: [1, 2, 3, 4],
    submissions: [
      { month: 1, submittedAt: at('2026-02-02T01:00:00Z'), verifiedAt: at('2026-02-10T15:59:59Z') },
      { month: 2, submittedAt: at('2026-03-09T01:00:00Z'), verifiedAt: at('2026-03-10T16:00:00Z') },
      { month: 3, submittedAt: at('2026-04-09T01:00:00Z'), verifiedAt: null },
      { month: 4, verifiedAt: at('2026-04-30T02:00:00Z') },
    ],
    asOf: at('2026-04-20T00:00:00Z'),
  };

  it('classifies each due month against its deadline', () => {
    const status = reportingStatus(base);
    expect(status.months.map((m) => [m.month, m.state])).toEqual([
      [1, 'ON_TIME'],
      [2, 'LATE'],
      [3, 'MISSING'],
      [4, 'NOT_DUE_YET'],
    ]);
    expect(status.months[2]).toMatchObject({ submittedAt: at('2026-04-09T01:00:00Z'), verifiedAt: null });
    expect(status.months[3]!.deadline.toISOString()).toBe('2026-05-10T16:00:00.000Z');
    expect(status.counts).toEqual({ ON_TIME: 1, LATE: 1, MISSING: 1, NOT_DUE_YET: 1 });
  });

  it('computes completeness and timeliness over the due months', () => {
    const status = reportingStatus(base);
    expect(status.completeness).toBeCloseTo(66.6667, 4);
    expect(status.timeliness).toBeCloseTo(33.3333, 4);
    expect(status.completenessExplanation.substituted).toBe('(1 + 1) / (1 + 1 + 1) × 100 = 66,67');
    expect(status.timelinessExplanation.substituted).toBe('1 / (1 + 1 + 1) × 100 = 33,33');
  });

  it('counts a verification only once it has happened as of the evaluation time', () => {
    const status = reportingStatus({ ...base, asOf: at('2026-05-20T00:00:00Z') });
    expect(status.months[3]!.state).toBe('ON_TIME');
    const early = reportingStatus({ ...base, asOf: at('2026-02-05T00:00:00Z') });
    expect(early.months.map((m) => m.state)).toEqual([
      'NOT_DUE_YET',
      'NOT_DUE_YET',
      'NOT_DUE_YET',
      'NOT_DUE_YET',
    ]);
  });

  it('is NO_DATA while nothing is due', () => {
    const status = reportingStatus({ ...base, submissions: [], asOf: at('2026-01-15T00:00:00Z') });
    expect(status).toMatchObject({ completeness: null, timeliness: null });
    expect(status.completenessExplanation).toMatchObject({ result: null, reason: 'NOT_DUE_YET' });
    expect(status.timelinessExplanation.reason).toBe('NOT_DUE_YET');
  });

  it('uses the tenant’s due day and zone', () => {
    const status = reportingStatus({
      ...base,
      dueMonths: [1],
      dueDay: 5,
      timeZone: 'Asia/Jakarta',
      asOf: at('2026-03-01T00:00:00Z'),
    });
    expect(status.months[0]).toMatchObject({ state: 'LATE' });
    expect(status.months[0]!.deadline.toISOString()).toBe('2026-02-05T17:00:00.000Z');
  });

  it('rejects invalid input with the field at fault', () => {
    const bad = (patch: Partial<ReportingInput>) => () => reportingStatus({ ...base, ...patch });
    expect(bad({ asOf: new Date(Number.NaN) })).toThrow(inputError('asOf', 'validDate'));
    expect(bad({ submissions: [{ month: 0 }] })).toThrow(inputError('submissions[0].month', 'monthRange'));
    expect(bad({ submissions: [{ month: 2 }, { month: 2 }] })).toThrow(
      inputError('submissions[1].month', 'duplicate'),
    );
    expect(bad({ submissions: [{ month: 2, submittedAt: new Date('x') }] })).toThrow(
      inputError('submissions[0].submittedAt', 'validDate'),
    );
    expect(bad({ submissions: [{ month: 2, verifiedAt: new Date('x') }] })).toThrow(
      inputError('submissions[0].verifiedAt', 'validDate'),
    );
    expect(bad({ dueMonths: [3, 12.5] })).toThrow(inputError('dueMonths[1]', 'monthRange'));
    expect(bad({ dueMonths: [3, 3] })).toThrow(inputError('dueMonths[1]', 'duplicate'));
    expect(bad({ dueDay: 0 })).toThrow(inputError('dueDay', 'range'));
    expect(bad({ timeZone: 'Nowhere/Else' })).toThrow(inputError('timeZone', 'timeZone'));
  });
});
