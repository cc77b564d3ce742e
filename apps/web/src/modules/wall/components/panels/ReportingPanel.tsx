// Panel: who has not reported the month being gathered — per OPD (and kabupaten/kota) the share
// of due values verified and how many are late; complete rows turn green as verifications land.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../i18n/useLocale';
import { formatMonth } from '../../../format/formatMonth';
import { useReportingBoardLive } from '../../hooks/useReportingBoardLive';
import type { WallScoreboard } from '../../types/WallScoreboard';

const ROWS = 12;

export function ReportingPanel({ scopeId, board }: { scopeId: string; board: WallScoreboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { period, rows } = useReportingBoardLive(scopeId, board);
  if (!rows) return null;
  // Who is furthest behind first; complete rows last.
  const shown = [...rows]
    .filter((r) => r.due > 0)
    .sort((a, b) => a.verified / a.due - b.verified / b.due || b.late - a.late)
    .slice(0, ROWS);
  const complete = rows.filter((r) => r.complete).length;
  return (
    <div className="flex h-full min-h-0 flex-col gap-[0.5vh]">
      <p className="text-wall-sm text-ink-muted" data-testid="wall-reporting-summary">
        {t('wall.reporting.summary', {
          month: `${formatMonth(period.month, locale)} ${period.year}`,
          complete: complete.toLocaleString(locale),
          total: rows.length.toLocaleString(locale),
        })}
      </p>
      <ol
        className="grid min-h-0 flex-1"
        style={{ gridTemplateRows: `repeat(${Math.max(shown.length, 1)}, minmax(0, 1fr))` }}
      >
        {shown.map((r) => (
          <li
            key={r.scope.id}
            data-testid="wall-reporting-row"
            data-unit-id={r.scope.id}
            data-complete={r.complete}
            className={`flex min-h-0 items-center gap-[0.8em] rounded px-[0.3em] text-wall-xs transition-colors duration-700 ${r.complete ? 'bg-band-green/25' : ''}`}
          >
            <span className="w-[9em] shrink-0 truncate">{r.scope.shortName}</span>
            <span className="h-[0.7em] min-w-0 flex-1 overflow-hidden rounded-full bg-surface-raised">
              <span
                className="block h-full rounded-full bg-band-green transition-[width] duration-700"
                style={{ width: `${(r.verified / r.due) * 100}%` }}
              />
            </span>
            <span className="w-[5em] shrink-0 text-right tabular-nums">
              {t('wall.reporting.verified', { verified: r.verified, due: r.due })}
            </span>
            <span
              className={`w-[7em] shrink-0 text-right tabular-nums ${r.late > 0 ? 'font-semibold text-band-red' : 'text-ink-muted'}`}
            >
              {t('wall.reporting.late', { count: r.late })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
