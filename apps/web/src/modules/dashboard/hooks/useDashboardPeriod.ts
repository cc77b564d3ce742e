// The period the desk pages show: year to date up to the month in the address (`?periode=`), by
// default the current month in the tenant's zone; `choose` moves it, as a new history entry.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Period } from '../../../ui/PeriodPicker';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { PERIOD_PARAM, periodFromParam, periodParamOf } from '../utils/periodParam';

export function useDashboardPeriod(): Period & { current: Period; choose: (period: Period) => void } {
  const [params, setParams] = useSearchParams();
  const timeZone = useTimeZone();
  const current = useMemo(() => currentPeriod(new Date(), timeZone), [timeZone]);
  const chosen = periodFromParam(params.get(PERIOD_PARAM), current);
  const choose = (period: Period) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      const value = periodParamOf(period, current);
      if (value) next.set(PERIOD_PARAM, value);
      else next.delete(PERIOD_PARAM);
      return next;
    });
  return { ...chosen, current, choose };
}
