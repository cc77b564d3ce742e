// The indicators of a scorecard, grouped by objective (or of the one objective chosen on the
// map), each linking to its indicator page.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { BandLabel } from '../../../ui/BandLabel';
import { TableScroll } from '../../../ui/TableScroll';
import { formatNumber } from '../../format/formatNumber';
import type { MapObjective } from '../types/MapObjective';
import { drillPaths } from '../utils/drillPaths';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { DrillLink } from './DrillLink';
import { IndicatorAnalysisNote } from './IndicatorAnalysisNote';

export function ScorecardIndicators({ objectives }: { objectives: readonly MapObjective[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <TableScroll label={t('drill.indicators.title')}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t('drill.indicators.title')}</caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            <ColumnHeader>{t('drill.indicators.code')}</ColumnHeader>
            <ColumnHeader>{t('drill.indicators.name')}</ColumnHeader>
            <ColumnHeader>{t('drill.indicators.unit')}</ColumnHeader>
            <ColumnHeader>{t('drill.indicators.polarity')}</ColumnHeader>
            <ColumnHeader numeric>{t('drill.indicators.achievement')}</ColumnHeader>
            <ColumnHeader last>{t('drill.band')}</ColumnHeader>
          </tr>
        </thead>
        {objectives.map((o) => (
          <tbody key={o.id}>
            <tr className="bg-surface">
              <th scope="colgroup" colSpan={6} className="px-1 py-2 text-left font-semibold">
                {o.code} · {o.name}
              </th>
            </tr>
            {o.indicators.length === 0 ? (
              <tr>
                <td colSpan={6} className="py-2 text-ink-muted">
                  {t('drill.indicators.none')}
                </td>
              </tr>
            ) : (
              o.indicators.map((i) => (
                <tr
                  key={i.id}
                  data-testid="indicator-row"
                  data-indicator-id={i.id}
                  data-score={i.score.value ?? ''}
                  className="border-b border-line"
                >
                  <td className="py-2 pr-3 whitespace-nowrap">{i.code}</td>
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <DrillLink
                      to={drillPaths.indicator(i.id)}
                      className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                    >
                      {i.name}
                    </DrillLink>
                    <IndicatorAnalysisNote band={i.score.band} analysis={i.analysis} />
                  </th>
                  <td className="py-2 pr-3">{i.unit}</td>
                  <td className="py-2 pr-3">{t(`polarity.${i.polarity}`)}</td>
                  <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap">
                    {formatNumber(i.score.value, 2, locale)}
                  </td>
                  <td className="py-2 whitespace-nowrap">
                    <BandLabel band={i.score.band} />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
