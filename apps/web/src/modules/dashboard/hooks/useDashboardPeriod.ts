// The period the desk pages show: the current month in the tenant's zone (year to date).
import { useMemo } from 'react';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { currentPeriod } from '../../wall/utils/currentPeriod';

export function useDashboardPeriod(): { year: number; month: number } {
  return useMemo(() => currentPeriod(new Date(), DEFAULT_TIME_ZONE), []);
}
