// The report's period from the address (`?year=2026&quarter=3`); a missing or malformed part falls
// back to the last ended quarter, so an edited address still opens a report.
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import type { ReportPeriod } from '../types/ReportPeriod';
import { defaultReportPeriod } from './defaultReportPeriod';

export function reportPeriodOf(
  params: URLSearchParams,
  now: Date,
  timeZone = DEFAULT_TIME_ZONE,
): ReportPeriod {
  const fallback = defaultReportPeriod(now, timeZone);
  const yearText = params.get('year') ?? '';
  const quarterText = params.get('quarter') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const quarter = /^[1-4]$/.test(quarterText) ? (Number(quarterText) as ReportPeriod['quarter']) : null;
  if (year === null) return quarter === null ? fallback : { year: fallback.year, quarter };
  // Another year without a quarter: its whole year (fourth quarter), unless it is the default's.
  return { year, quarter: quarter ?? (year === fallback.year ? fallback.quarter : 4) };
}
