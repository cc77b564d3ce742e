// The current reporting month in the tenant's zone, re-checked every minute so a wall that runs
// across midnight on the 1st moves to the new month by itself.
import { useEffect, useState } from 'react';
import { currentPeriod } from '../utils/currentPeriod';

const CHECK_EVERY_MS = 60_000;

export function useWallPeriod(timeZone: string): { year: number; month: number } {
  const [period, setPeriod] = useState(() => currentPeriod(new Date(), timeZone));
  useEffect(() => {
    const check = () =>
      setPeriod((prev) => {
        const next = currentPeriod(new Date(), timeZone);
        // Same month: keep the old object so nothing downstream re-subscribes.
        return next.year === prev.year && next.month === prev.month ? prev : next;
      });
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }, [timeZone]);
  return period;
}
