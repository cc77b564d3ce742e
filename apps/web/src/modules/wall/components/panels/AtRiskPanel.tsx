// Panel: indicators at risk (lowest scores first, as the API ranks them), units reporting late
// (lowest on-time share), and the count of open problems.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../i18n/useLocale';
import { BandDot } from '../../../../ui/BandDot';
import { bandClasses } from '../../../../ui/bandClasses';
import { formatNumber } from '../../../format/formatNumber';
import { formatPercent } from '../../../format/formatPercent';
import { useUnsignedAgreementCount } from '../../../agreements/hooks/useUnsignedAgreementCount';
import type { WallScoreboard } from '../../types/WallScoreboard';

const ROWS = 8;
// Indicator names are long and must be read whole from across the room: fewer rows, wrapped.
const INDICATOR_ROWS = 6;

export function AtRiskPanel({ scopeId, board }: { scopeId: string; board: WallScoreboard }) {
  const { t } = useTranslation();
  const unsignedAgreements = useUnsignedAgreementCount(scopeId, board.year);
  const locale = useLocale();
  const indicators = board.atRisk.slice(0, INDICATOR_ROWS);
  const late = board.ranking
    .filter((r) => r.timeliness != null && r.timeliness < 100)
    .sort((a, b) => (a.timeliness ?? 0) - (b.timeliness ?? 0))
    .slice(0, ROWS);

  return (
    <div className="grid gap-[2vw] lg:h-full lg:min-h-0 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <section className="flex min-h-0 flex-col">
        <h3 className="mb-[0.5vh] text-wall-sm font-semibold text-ink-muted">
          {t('wall.atRisk.indicators', { count: board.atRisk.length })}
        </h3>
        {indicators.length === 0 ? (
          <p className="text-wall-sm text-band-green">{t('wall.atRisk.noIndicators')}</p>
        ) : (
          <ul className="flex min-h-0 flex-1 flex-col">
            {indicators.map((i) => (
              <li
                key={i.indicatorId}
                data-testid="wall-at-risk-row"
                data-indicator-id={i.indicatorId}
                className="flex items-center gap-[0.6em] border-b border-line py-[0.8vh] text-wall-xs"
              >
                <BandDot band={i.score.band} />
                <span className="min-w-0 flex-1 leading-snug">{i.name}</span>
                <span className="hidden shrink-0 text-ink-muted xl:inline">{i.owner.shortName}</span>
                <span
                  className={`w-[4.5em] shrink-0 text-right font-bold tabular-nums ${bandClasses[i.score.band].text}`}
                >
                  {formatNumber(i.score.value, 2, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="flex min-h-0 flex-col">
        <h3 className="mb-[0.5vh] text-wall-sm font-semibold text-ink-muted">
          {t('wall.atRisk.lateReports')}
        </h3>
        {late.length === 0 ? (
          <p className="text-wall-sm text-band-green">{t('wall.atRisk.noLate')}</p>
        ) : (
          <ul className="grid min-h-0 flex-1" style={{ gridTemplateRows: `repeat(${ROWS}, minmax(0, 1fr))` }}>
            {late.map((r) => (
              <li
                key={r.node.id}
                data-testid="wall-late-row"
                data-unit-id={r.node.id}
                className="flex min-h-0 items-center gap-[0.6em] border-b border-line text-wall-xs"
              >
                <span className="min-w-0 flex-1 truncate" title={r.node.name}>
                  {r.node.shortName}
                </span>
                <span className="shrink-0 font-bold tabular-nums text-band-red">
                  {t('wall.atRisk.onTime', { value: formatPercent(r.timeliness, 0, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-[1vh] text-wall-sm" data-testid="wall-open-issues">
          {t('wall.atRisk.openIssues', { count: board.openIssues.length })}
        </p>
        {unsignedAgreements !== null ? (
          <p className="text-wall-sm" data-testid="wall-unsigned-agreements">
            {t('wall.atRisk.unsignedAgreements', { count: unsignedAgreements })}
          </p>
        ) : null}
      </section>
    </div>
  );
}
