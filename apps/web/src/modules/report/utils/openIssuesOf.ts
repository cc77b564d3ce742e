// The issues a quarter's report lists: still unresolved, and raised by the end of the quarter (in
// the tenant's zone), newest first as the API sends them.
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { wallClockOf } from '../../transfer/utils/wallClockOf';
import type { ReportIssuesQuery } from '../graphql/reportIssuesQuery.generated';
import type { ReportPeriod } from '../types/ReportPeriod';
import { quarterEndMonth } from './quarterEndMonth';

export function openIssuesOf(
  issues: ReportIssuesQuery['issues'],
  period: ReportPeriod,
  timeZone = DEFAULT_TIME_ZONE,
): ReportIssuesQuery['issues'] {
  const end = period.year * 100 + quarterEndMonth(period.quarter);
  return issues.filter((issue) => {
    if (issue.status === 'RESOLVED') return false;
    const raised = wallClockOf(issue.createdAt, timeZone);
    return raised !== null && raised.year * 100 + raised.month <= end;
  });
}
