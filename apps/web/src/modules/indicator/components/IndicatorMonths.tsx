// Targets and realisation by month: a chart (lazy) and the table with status, evidence and the
// month's own achievement.
import { IndicatorAnalyses } from './IndicatorAnalyses';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { TableScroll } from '../../../ui/TableScroll';
import { formatDate } from '../../format/formatDate';
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';
import type { IndicatorMonthView } from '../types/IndicatorDetail';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

const IndicatorMonthsChart = lazy(async () => ({
  default: (await import('./IndicatorMonthsChart')).IndicatorMonthsChart,
}));

function targetText(m: IndicatorMonthView, locale: string): string {
  if (m.target != null) return formatNumber(m.target, 2, locale);
  if (m.low != null || m.high != null)
    return `${formatNumber(m.low, 2, locale)} – ${formatNumber(m.high, 2, locale)}`;
  return '—';
}

export function IndicatorMonths({ months, unit }: { months: readonly IndicatorMonthView[]; unit: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const points = useMemo(
    () =>
      months.map((m) => ({
        month: m.month,
        target: m.target ?? (m.low != null && m.high != null ? (m.low + m.high) / 2 : null),
        value: m.realisation ?? null,
      })),
    [months],
  );
  const monthLabels = useMemo(
    () => Array.from({ length: 12 }, (_, i) => formatMonth(i + 1, locale, 'short')),
    [locale],
  );
  const title = t('indicator.months.title');
  return (
    <Card title={title}>
      {months.length === 0 ? (
        <p className="text-ink-muted">{t('indicator.months.none')}</p>
      ) : (
        <>
          <figure className="h-64 w-full" aria-label={t('indicator.months.chartLabel', { unit })}>
            <Suspense fallback={<LoadingState />}>
              <IndicatorMonthsChart
                points={points}
                monthLabels={monthLabels}
                locale={locale}
                names={{ target: t('indicator.months.target'), value: t('indicator.months.value') }}
              />
            </Suspense>
          </figure>
          <TableScroll label={title}>
            <table className="mt-4 w-full min-w-[44rem] border-collapse text-left text-sm">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-line text-ink-muted">
                  <ColumnHeader>{t('drill.month')}</ColumnHeader>
                  <ColumnHeader numeric>{t('indicator.months.target')}</ColumnHeader>
                  <ColumnHeader numeric>{t('indicator.months.value')}</ColumnHeader>
                  <ColumnHeader>{t('indicator.months.status')}</ColumnHeader>
                  <ColumnHeader numeric>{t('indicator.months.achievement')}</ColumnHeader>
                  <ColumnHeader last>{t('indicator.months.evidence')}</ColumnHeader>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr
                    key={m.month}
                    data-testid="indicator-month-row"
                    data-month={m.month}
                    data-target={m.target ?? ''}
                    data-value={m.realisation ?? ''}
                    data-status={m.status ?? ''}
                    className="border-b border-line align-top"
                  >
                    <th scope="row" className="py-2 pr-3 font-normal">
                      {formatMonth(m.month, locale)}
                      {m.due ? null : (
                        <span className="block text-xs text-ink-muted">{t('indicator.months.notDue')}</span>
                      )}
                    </th>
                    <td className="py-2 pr-3 text-right whitespace-nowrap">{targetText(m, locale)}</td>
                    <td className="py-2 pr-3 text-right font-semibold whitespace-nowrap">
                      {formatNumber(m.realisation, 2, locale)}
                    </td>
                    <td className="py-2 pr-3">
                      {m.status ? t(`measurementStatus.${m.status}`) : t('indicator.months.empty')}
                      {m.late ? (
                        <span className="block text-xs font-semibold text-danger">
                          {t('indicator.months.late')}
                        </span>
                      ) : null}
                      {m.verifiedAt ? (
                        <span className="block text-xs text-ink-muted">
                          {t('indicator.months.verifiedAt', {
                            date: formatDate(m.verifiedAt, { locale, timeZone }),
                          })}
                        </span>
                      ) : null}
                      {m.rejectionReason ? (
                        <span className="block text-xs">
                          {t('indicator.months.rejected', { reason: m.rejectionReason })}
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3 text-right whitespace-nowrap">
                      {formatNumber(m.periodAchievement?.raw, 2, locale)}
                    </td>
                    <td className="py-2">
                      {m.evidence.length === 0 ? (
                        <span className="text-ink-muted">—</span>
                      ) : (
                        <ul className="flex flex-col gap-1">
                          {m.evidence.map((e) => (
                            <li key={e.url}>
                              <a
                                href={e.url}
                                target="_blank"
                                rel="noreferrer noopener"
                                data-testid="evidence-link"
                                className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
                              >
                                {e.title}
                              </a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <IndicatorAnalyses months={months} />
        </>
      )}
    </Card>
  );
}
