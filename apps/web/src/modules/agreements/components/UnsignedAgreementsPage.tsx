// `/admin/agreements`: which officials of a tenant have no signed PK for a year (no PK, a draft,
// or signed by one party only), unit by unit, each linked to the official's page.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TableScroll } from '../../../ui/TableScroll';
import { TenantPicker } from '../../../ui/TenantPicker';
import { YearSelect } from '../../../ui/YearSelect';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { DrillLink } from '../../dashboard/components/DrillLink';
import { drillPaths } from '../../dashboard/utils/drillPaths';
import { yearOptionsOf } from '../../periods/utils/yearOptionsOf';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { AgreementTenantsDocument } from '../graphql/agreementTenantsQuery.generated';
import { UnsignedAgreementsDocument } from '../graphql/unsignedAgreementsQuery.generated';
import { AgreementStatusBadge } from './AgreementStatusBadge';

export function UnsignedAgreementsPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [currentYear] = useState(() => currentPeriod(new Date(), timeZone).year);
  const [year, setYear] = useState(currentYear);
  const tenants = useQuery(AgreementTenantsDocument);
  const [picked, setPicked] = useState('');
  const tenantId = picked || tenants.data?.tenants[0]?.id || '';
  const list = useQuery(UnsignedAgreementsDocument, {
    variables: { scopeId: tenantId, year },
    skip: !tenantId,
  });
  const rows = list.data?.unsignedAgreements ?? [];

  return (
    <div className="flex flex-col gap-4" data-testid="unsigned-agreements-page">
      <div className="grid max-w-xl gap-3 sm:grid-cols-2">
        <TenantPicker
          label={t('agreements.unsigned.tenant')}
          tenants={tenants.data?.tenants ?? []}
          value={tenantId}
          onChange={setPicked}
        />
        <YearSelect
          label={t('agreements.unsigned.year')}
          years={yearOptionsOf(currentYear)}
          value={year}
          onChange={setYear}
        />
      </div>
      {list.error || tenants.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {list.loading ? <LoadingState /> : null}
      {list.data ? (
        <Card title={t('agreements.unsigned.title', { year, count: rows.length })}>
          {rows.length === 0 ? (
            <p className="text-band-green">{t('agreements.unsigned.none')}</p>
          ) : (
            <TableScroll label={t('agreements.unsigned.title', { year, count: rows.length })}>
              <table className="w-full text-sm" data-testid="unsigned-agreements">
                <thead className="text-left text-ink-muted">
                  <tr>
                    <th className="py-1 pr-2">{t('agreements.unsigned.unit')}</th>
                    <th className="py-1 pr-2">{t('agreements.unsigned.official')}</th>
                    <th className="py-1 pr-2">{t('agreements.unsigned.position')}</th>
                    <th className="py-1">{t('agreements.unsigned.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr
                      key={row.officialId}
                      className="border-t border-line"
                      data-testid="unsigned-agreement-row"
                    >
                      <td className="py-1 pr-2">{row.unitName}</td>
                      <td className="py-1 pr-2">
                        <DrillLink to={drillPaths.official(row.officialId)} className="text-accent underline">
                          {row.officialName}
                        </DrillLink>
                        <span className="block text-ink-muted">{row.nip}</span>
                      </td>
                      <td className="py-1 pr-2">{row.positionTitle}</td>
                      <td className="py-1">
                        <AgreementStatusBadge status={row.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </Card>
      ) : null}
    </div>
  );
}
