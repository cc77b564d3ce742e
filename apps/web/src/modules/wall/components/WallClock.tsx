// The wall clock in the tenant's zone (`10.05.32 WITA`); its own one-second tick re-renders only
// the clock, never the panels.
import { useEffect, useState } from 'react';
import { useLocale } from '../../../i18n/useLocale';
import { formatTime } from '../../format/formatTime';

export function WallClock({ timeZone }: { timeZone: string }) {
  const locale = useLocale();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time
      dateTime={new Date(now).toISOString()}
      data-testid="wall-clock"
      className="font-semibold tabular-nums"
    >
      {formatTime(now, { timeZone, locale })}
    </time>
  );
}
