// The wall's header: scope and period on the left; clock, live state and last update on the right.
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../../../app/apollo/connectionStatus';
import { useLocale } from '../../../i18n/useLocale';
import { formatTime } from '../../format/formatTime';
import { LiveIndicator } from './LiveIndicator';
import { WallClock } from './WallClock';

export function WallHeader({
  scopeName,
  year,
  month,
  timeZone,
  status,
  updatedAt,
}: {
  scopeName: string;
  year: number;
  month: number;
  timeZone: string;
  status: LiveConnection;
  updatedAt: number | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const period = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  );
  return (
    <header className="flex flex-wrap items-end justify-between gap-x-[2vw] gap-y-2 border-b border-line px-[1.5vw] py-[0.8vh]">
      <div className="min-w-0">
        {/* A truncating line box must hold the font's whole ascent and descent, or the descenders are cut. */}
        <h1 className="text-wall-lg leading-[1.25] font-bold lg:truncate" data-testid="wall-scope-name">
          {scopeName}
        </h1>
        <p className="text-wall-sm text-ink-muted">{t('wall.header.period', { period })}</p>
      </div>
      <div className="flex flex-wrap items-center justify-end gap-x-[1.5vw] gap-y-1 text-wall-sm">
        <span className="text-wall-md">
          <WallClock timeZone={timeZone} />
        </span>
        <LiveIndicator status={status} />
        <span className="text-ink-muted">
          {t('wall.header.updated')}{' '}
          <span data-testid="wall-updated-at" className="text-ink tabular-nums">
            {updatedAt === null ? '—' : formatTime(updatedAt, { timeZone, locale })}
          </span>
        </span>
      </div>
    </header>
  );
}
