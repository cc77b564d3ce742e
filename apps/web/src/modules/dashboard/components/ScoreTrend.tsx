// The scorecard's year-to-date score at the end of each month so far: a chart (lazy) and the
// same figures as a table for screen readers and exact values.
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { TableScroll } from '../../../ui/TableScroll';
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';
import { ScoreTrendDocument } from '../graphql/scoreTrendQuery.generated';
import { useRefreshOnSeq } from '../hooks/useRefreshOnSeq';
import { trendPoints } from '../utils/trendPoints';

const ScoreTrendChart = lazy(async () => ({ default: (await import('./ScoreTrendChart')).ScoreTrendChart }));

export function ScoreTrend({
  scorecardId,
  month,
  liveSeq,
}: {
  scorecardId: string;
  month: number;
  liveSeq?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, refetch } = useQuery(ScoreTrendDocument, { variables: { id: scorecardId } });
  useRefreshOnSeq(liveSeq, refetch);
  const node = data?.node?.__typename === 'Scorecard' ? data.node : null;
  const points = useMemo(() => (node ? trendPoints(node, month) : []), [node, month]);
  const monthLabels = useMemo(
    () => Array.from({ length: 12 }, (_, i) => formatMonth(i + 1, locale, 'short')),
    [locale],
  );
  const title = t('drill.trend.title');
  return (
    <Card title={title}>
      {!node ? (
        <LoadingState />
      ) : (
        <>
          <figure className="h-64 w-full" aria-label={t('drill.trend.chartLabel')}>
            <Suspense fallback={<LoadingState />}>
              <ScoreTrendChart
                points={points}
                monthLabels={monthLabels}
                locale={locale}
                seriesName={t('drill.score')}
              />
            </Suspense>
          </figure>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer rounded text-accent focus-visible:outline-2 focus-visible:outline-accent">
              {t('drill.trend.asTable')}
            </summary>
            <TableScroll label={title}>
              <table className="mt-2 w-full min-w-[16rem] border-collapse text-left">
                <thead>
                  <tr className="border-b border-line text-ink-muted">
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      {t('drill.month')}
                    </th>
                    <th scope="col" className="py-1 text-right font-semibold">
                      {t('drill.score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p) => (
                    <tr key={p.month} data-testid="trend-row" data-month={p.month} data-score={p.value ?? ''}>
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {formatMonth(p.month, locale)}
                      </th>
                      <td className="py-1 text-right">
                        {formatNumber(p.value, 2, locale)} · {t(`band.${p.band}`)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </>
      )}
    </Card>
  );
}
