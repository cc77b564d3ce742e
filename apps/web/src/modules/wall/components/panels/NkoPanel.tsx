// Panel: the scope's NKO on a gauge with its predikat, the four perspective scores, and how many
// units sit in each band.
import { useTranslation } from 'react-i18next';
import type { Band } from '../../../../gql/graphql';
import { useLocale } from '../../../../i18n/useLocale';
import { BandDot } from '../../../../ui/BandDot';
import { FlashValue } from '../../../../ui/FlashValue';
import { Gauge } from '../../../../ui/Gauge';
import { bandClasses } from '../../../../ui/bandClasses';
import { formatNumber } from '../../../format/formatNumber';
import type { WallScoreboard } from '../../types/WallScoreboard';

const BANDS: Band[] = ['GREEN', 'YELLOW', 'RED', 'NO_DATA'];

export function NkoPanel({ board }: { board: WallScoreboard }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const counts = new Map<Band, number>();
  for (const r of board.ranking) counts.set(r.score.band, (counts.get(r.score.band) ?? 0) + 1);

  return (
    <div className="grid gap-[2vw] lg:h-full lg:min-h-0 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <div className="flex min-h-0 flex-col items-center justify-center gap-[1vh]">
        <div className="w-full max-w-[min(100%,70vh)]">
          <Gauge value={board.score.value} band={board.score.band} label={t('wall.nko.title')}>
            <FlashValue
              value={board.score.value}
              testId="wall-nko-score"
              className={`px-[0.2em] text-wall-2xl font-bold ${bandClasses[board.score.band].text}`}
            >
              {formatNumber(board.score.value, 2, locale)}
            </FlashValue>
          </Gauge>
        </div>
        <p
          className="flex items-center gap-[0.4em] text-wall-md font-semibold"
          data-testid="wall-nko-predikat"
        >
          <BandDot band={board.score.band} />
          {t(`predikat.${board.score.predikat}`)}
        </p>
        {board.ranking.length > 0 ? (
          <ul className="flex flex-wrap justify-center gap-x-[1.2em] text-wall-xs text-ink-muted">
            {BANDS.filter((b) => counts.has(b)).map((band) => (
              <li key={band} className="flex items-center gap-[0.3em]">
                <BandDot band={band} />
                {t('wall.nko.bandCount', { count: counts.get(band), band: t(`band.${band}`) })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="flex min-h-0 flex-col gap-[1vh]">
        <h3 className="text-wall-sm text-ink-muted">{t('wall.nko.perspectives')}</h3>
        <ul className="grid min-h-0 flex-1 grid-cols-1 gap-[1vw] sm:grid-cols-2">
          {board.perspectives.map((p) => (
            <li
              key={p.perspective}
              data-testid={`wall-perspective-${p.perspective}`}
              className={`flex min-h-0 flex-col justify-between rounded-xl border-l-[0.5vw] bg-surface-raised p-[1vw] ${bandClasses[p.score.band].border}`}
            >
              <span className="text-wall-sm font-semibold">{t(`perspective.${p.perspective}`)}</span>
              <FlashValue
                value={p.score.value}
                className={`self-start text-wall-xl font-bold ${bandClasses[p.score.band].text}`}
              >
                {formatNumber(p.score.value, 2, locale)}
              </FlashValue>
              <span className="text-wall-xs text-ink-muted">
                {t('wall.nko.weight', { weight: formatNumber(p.weight, 0, locale) })}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
