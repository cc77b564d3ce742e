import { describe, expect, it } from 'vitest';
import { defaultReportPeriod } from '../defaultReportPeriod';
import { reportPeriodOf } from '../reportPeriodOf';

describe('defaultReportPeriod', () => {
  it('is the last quarter that has ended in WITA', () => {
    expect(defaultReportPeriod(new Date('2026-11-29T02:00:00Z'))).toEqual({ year: 2026, quarter: 3 });
    expect(defaultReportPeriod(new Date('2026-10-01T00:00:00Z'))).toEqual({ year: 2026, quarter: 3 });
    // 30 Sep 17:00 UTC is already 1 Oct 01:00 WITA: the third quarter has ended there.
    expect(defaultReportPeriod(new Date('2026-09-30T17:00:00Z'))).toEqual({ year: 2026, quarter: 3 });
    expect(defaultReportPeriod(new Date('2026-09-30T15:00:00Z'))).toEqual({ year: 2026, quarter: 2 });
    expect(defaultReportPeriod(new Date('2026-02-10T00:00:00Z'))).toEqual({ year: 2025, quarter: 4 });
  });
});

describe('reportPeriodOf', () => {
  const now = new Date('2026-11-29T02:00:00Z');
  it('reads year and quarter from the address', () => {
    expect(reportPeriodOf(new URLSearchParams('year=2025&quarter=2'), now)).toEqual({
      year: 2025,
      quarter: 2,
    });
  });
  it('falls back to the last ended quarter for missing or bad parts', () => {
    expect(reportPeriodOf(new URLSearchParams(''), now)).toEqual({ year: 2026, quarter: 3 });
    expect(reportPeriodOf(new URLSearchParams('quarter=5&year=x'), now)).toEqual({ year: 2026, quarter: 3 });
    expect(reportPeriodOf(new URLSearchParams('quarter=1'), now)).toEqual({ year: 2026, quarter: 1 });
    expect(reportPeriodOf(new URLSearchParams('year=2025'), now)).toEqual({ year: 2025, quarter: 4 });
  });
});
