// Every recorded version of the year's values: who changed what, when, from → to, and why.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { TableScroll } from '../../../ui/TableScroll';
import { formatDateTime } from '../../format/formatDate';
import { formatMonth } from '../../format/formatMonth';
import { formatNumber } from '../../format/formatNumber';
import type { IndicatorMonthView } from '../types/IndicatorDetail';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function RevisionHistory({ months }: { months: readonly IndicatorMonthView[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const rows = months.flatMap((m) => m.revisions.map((r) => ({ month: m.month, ...r })));
  rows.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  const title = t('indicator.revisions.title');
  return (
    <Card title={title}>
      {rows.length === 0 ? (
        <p className="text-ink-muted">{t('indicator.revisions.none')}</p>
      ) : (
        <TableScroll label={title}>
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-line text-ink-muted">
                <ColumnHeader>{t('indicator.revisions.when')}</ColumnHeader>
                <ColumnHeader>{t('indicator.revisions.who')}</ColumnHeader>
                <ColumnHeader>{t('drill.month')}</ColumnHeader>
                <ColumnHeader>{t('indicator.revisions.change')}</ColumnHeader>
                <ColumnHeader last>{t('indicator.revisions.reason')}</ColumnHeader>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={`${r.month}-${r.version}`}
                  data-testid="revision-row"
                  data-month={r.month}
                  data-version={r.version}
                  className="border-b border-line align-top"
                >
                  <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                    {formatDateTime(r.changedAt, { locale, timeZone })}
                  </th>
                  <td className="py-2 pr-3">{r.changedBy ?? t('wall.activity.system')}</td>
                  <td className="py-2 pr-3">{formatMonth(r.month, locale)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {t('indicator.revisions.fromTo', {
                      from: formatNumber(r.previousValue, 2, locale),
                      to: formatNumber(r.value, 2, locale),
                    })}
                    <span className="block text-xs text-ink-muted">{t(`measurementStatus.${r.status}`)}</span>
                  </td>
                  <td className="py-2">{r.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
