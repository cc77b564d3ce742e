// `/skp`: heads and leaders see how the period's predikat fell per OPD in their scope (a small
// table; the regulation's distribution curve is guidance only) and download the scope's SKP.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SkpPeriod, SkpPredicate } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { useMe } from '../../auth/hooks/useMe';
import { primaryScope } from '../../auth/utils/primaryScope';
import { useDashboardPeriod } from '../../dashboard/hooks/useDashboardPeriod';
import { SkpDistributionDocument } from '../graphql/skpDistributionQuery.generated';
import { periodOfMonth } from '../utils/periodOfMonth';
import { SkpExportButton } from './SkpExportButton';
import { SkpPeriodSelect } from './SkpPeriodSelect';

const PREDICATES: readonly SkpPredicate[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

export function SkpOverviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { me } = useMe();
  const { year, month } = useDashboardPeriod();
  const [period, setPeriod] = useState<SkpPeriod>(() => periodOfMonth(month));
  const scopeId = primaryScope(me?.roles ?? [])?.scope.id ?? null;
  const { data, error } = useQuery(SkpDistributionDocument, {
    variables: { scopeId: scopeId ?? '', year, period },
    skip: !scopeId,
  });
  if (!scopeId) return <Notice tone="info">{t('dashboard.noScope')}</Notice>;
  const rows = data?.skpDistribution ?? [];
  const number = (n: number) => n.toLocaleString(locale);
  const title = t('skp.overview.title');
  return (
    <div className="flex flex-col gap-4" data-testid="skp-overview-page">
      <h2 className="text-xl font-semibold">{title}</h2>
      <p className="text-ink-muted">{t('skp.overview.explain')}</p>
      <div className="flex flex-wrap items-end gap-4">
        <SkpPeriodSelect value={period} onChange={setPeriod} />
        <SkpExportButton scopeId={scopeId} year={year} period={period} />
        <Link
          to="/skp/penilaian"
          className="rounded text-accent underline focus-visible:outline-2 focus-visible:outline-accent"
        >
          {t('skp.overview.toAppraisal')}
        </Link>
      </div>
      {error && !data ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {!error && !data ? <LoadingState /> : null}
      {data && rows.length === 0 ? <Notice tone="info">{t('skp.overview.empty')}</Notice> : null}
      {rows.length > 0 ? (
        <TableScroll label={title}>
          <table className="w-full border-collapse text-sm" data-testid="skp-distribution">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">
                  {t('skp.columns.unit')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('skp.columns.plans')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('skp.columns.rated')}
                </th>
                {PREDICATES.map((p) => (
                  <th key={p} scope="col" className="p-2 text-right">
                    {t(`skp.predicate.${p}`)}
                  </th>
                ))}
                <th scope="col" className="p-2">
                  {t('skp.guidance.column')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const counts = new Map(row.counts.map((c) => [c.predicate, c.count]));
                return (
                  <tr key={row.unit.id} className="border-b border-line" data-testid="skp-distribution-row">
                    <th scope="row" className="p-2 text-left font-medium">
                      {row.unit.name}
                    </th>
                    <td className="p-2 text-right">{number(row.plans)}</td>
                    <td className="p-2 text-right">{number(row.rated)}</td>
                    {PREDICATES.map((p) => (
                      <td key={p} className="p-2 text-right">
                        {number(counts.get(p) ?? 0)}
                      </td>
                    ))}
                    <td className="p-2" data-testid="skp-guidance">
                      {row.organisationPredicate && row.guidance.length > 0
                        ? t('skp.guidance.summary', {
                            organisation: t(`skp.guidance.organisation.${row.organisationPredicate}`),
                            met: number(row.guidance.filter((g) => g.met).length),
                            total: number(row.guidance.length),
                          })
                        : t('skp.guidance.none')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  );
}
