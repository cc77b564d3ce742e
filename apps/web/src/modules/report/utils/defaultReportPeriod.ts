// The quarter a report opens on when the address names none: the last one that has ended in the
// tenant's zone (in January–March that is the previous year's fourth quarter).
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import type { ReportPeriod } from '../types/ReportPeriod';

export function defaultReportPeriod(now: Date, timeZone = DEFAULT_TIME_ZONE): ReportPeriod {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
  }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === 'year')?.value);
  const month = Number(parts.find((p) => p.type === 'month')?.value);
  const ended = Math.floor((month - 1) / 3);
  return ended === 0 ? { year: year - 1, quarter: 4 } : { year, quarter: ended as ReportPeriod['quarter'] };
}
