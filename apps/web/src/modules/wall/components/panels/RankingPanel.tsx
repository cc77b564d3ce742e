// Panel: the units of the scope ranked. Rows are rendered in a stable (id) order and placed by
// a CSS transform from their rank, so a reorder animates as rows sliding to their new places
// instead of the DOM being reshuffled. Two columns on a wide screen, one on a narrow one.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../../i18n/useLocale';
import { BandDot } from '../../../../ui/BandDot';
import { FlashValue } from '../../../../ui/FlashValue';
import { bandClasses } from '../../../../ui/bandClasses';
import { formatNumber } from '../../../format/formatNumber';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import type { WallRankedUnit } from '../../types/WallScoreboard';

export function RankingPanel({ ranking }: { ranking: WallRankedUnit[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const wide = useMediaQuery('(min-width: 64rem)');
  const columns = wide && ranking.length > 8 ? 2 : 1;
  const perColumn = Math.max(1, Math.ceil(ranking.length / columns));
  const position = new Map(ranking.map((r, i) => [r.node.id, i]));
  const stable = [...ranking].sort((a, b) => (a.node.id < b.node.id ? -1 : 1));

  if (ranking.length === 0) return <p className="text-wall-md text-ink-muted">{t('wall.ranking.empty')}</p>;

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div
        className="grid shrink-0 text-wall-xs text-ink-muted"
        style={{ gridTemplateColumns: `repeat(${columns}, 1fr)` }}
      >
        {Array.from({ length: columns }, (_, i) => (
          <div key={i} className="flex gap-[0.6em] border-b border-line px-[0.6vw] pb-[0.2em]">
            <span className="w-[2.2em] shrink-0 text-right">{t('wall.ranking.rank')}</span>
            <span className="w-[0.8em] shrink-0" />
            <span className="flex-1">{t('wall.ranking.unit')}</span>
            <span className="shrink-0">{t('wall.ranking.score')}</span>
            <span className="hidden w-[4.5em] shrink-0 text-right xl:inline">{t('wall.ranking.index')}</span>
          </div>
        ))}
      </div>
      <div
        className="relative min-h-0 flex-1 text-wall-xs"
        // On one column the list may be taller than the screen: it scrolls rather than clips.
        style={columns === 1 ? { height: `${perColumn * 2}em`, flex: 'none' } : undefined}
      >
        {stable.map((row) => {
          const at = position.get(row.node.id) ?? 0;
          const col = Math.floor(at / perColumn);
          const line = at % perColumn;
          return (
            <div
              key={row.node.id}
              data-testid="wall-ranking-row"
              data-unit-id={row.node.id}
              data-rank={row.rank}
              data-score={row.score.value ?? ''}
              className="absolute top-0 left-0 flex items-center gap-[0.6em] px-[0.6vw] text-wall-xs transition-transform duration-700 ease-in-out"
              style={{
                width: `${100 / columns}%`,
                height: `${100 / perColumn}%`,
                transform: `translate(${col * 100}%, ${line * 100}%)`,
              }}
            >
              <span className="w-[2.2em] shrink-0 text-right font-semibold text-ink-muted tabular-nums">
                {row.rank}
              </span>
              <BandDot band={row.score.band} />
              <span className="min-w-0 flex-1 truncate" title={row.node.name}>
                {row.node.shortName}
              </span>
              <FlashValue
                value={row.score.value}
                testId="wall-ranking-score"
                className={`shrink-0 px-[0.2em] font-bold tabular-nums ${bandClasses[row.score.band].text}`}
              >
                {formatNumber(row.score.value, 2, locale)}
              </FlashValue>
              <span className="hidden w-[4.5em] shrink-0 text-right text-ink-muted tabular-nums xl:inline">
                {formatNumber(row.index, 1, locale)}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
