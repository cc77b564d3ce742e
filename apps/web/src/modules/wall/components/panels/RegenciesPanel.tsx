// Panel: the kabupaten/kota of a province compared: score as a bar on 0–120, rank and absorption.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../i18n/useLocale';
import { BandDot } from '../../../../ui/BandDot';
import { FlashValue } from '../../../../ui/FlashValue';
import { bandClasses } from '../../../../ui/bandClasses';
import { formatNumber } from '../../../format/formatNumber';
import { formatPercent } from '../../../format/formatPercent';
import type { WallRankedUnit } from '../../types/WallScoreboard';

const SCALE_MAX = 120;

export function RegenciesPanel({ regencies }: { regencies: WallRankedUnit[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex gap-[0.8em] border-b border-line pb-[0.2em] text-wall-xs text-ink-muted">
        <span className="w-[1.8em] shrink-0 text-right">{t('wall.ranking.rank')}</span>
        <span className="w-[9em] shrink-0">{t('wall.regencies.name')}</span>
        <span className="flex-1">{t('wall.ranking.score')}</span>
        <span className="hidden w-[6em] shrink-0 text-right md:inline">{t('wall.regencies.absorption')}</span>
      </div>
      <ol
        className="grid min-h-0 flex-1"
        style={{ gridTemplateRows: `repeat(${Math.max(regencies.length, 1)}, minmax(0, 1fr))` }}
      >
        {regencies.map((r) => {
          const width = Math.min(100, Math.max(0, ((r.score.value ?? 0) / SCALE_MAX) * 100));
          return (
            <li
              key={r.node.id}
              data-testid="wall-regency-row"
              data-unit-id={r.node.id}
              data-rank={r.rank}
              data-score={r.score.value ?? ''}
              className="flex min-h-0 items-center gap-[0.8em] text-wall-xs"
            >
              <span className="w-[1.8em] shrink-0 text-right font-semibold text-ink-muted">{r.rank}</span>
              <span className="w-[9em] shrink-0 truncate" title={r.node.name}>
                {r.node.shortName}
              </span>
              <span className="flex min-w-0 flex-1 items-center gap-[0.5em]">
                <span className="h-[0.7em] min-w-0 flex-1 overflow-hidden rounded-full bg-surface-raised">
                  <span
                    className={`block h-full rounded-full transition-[width] duration-700 ${bandClasses[r.score.band].bg}`}
                    style={{ width: `${width}%` }}
                  />
                </span>
                <BandDot band={r.score.band} />
                <FlashValue
                  value={r.score.value}
                  className={`w-[4.2em] shrink-0 text-right font-bold tabular-nums ${bandClasses[r.score.band].text}`}
                >
                  {formatNumber(r.score.value, 2, locale)}
                </FlashValue>
              </span>
              <span className="hidden w-[6em] shrink-0 text-right tabular-nums md:inline">
                {formatPercent(r.budget?.absorption, 1, locale)}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
