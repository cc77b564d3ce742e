// `/admin/org`: the organisation tree of a tenant. Pick the tenant (when there are several), walk
// its OPDs, bidang and seksi, and on the selected node change or delete units, manage positions
// and their holders, add officials and create the year's scorecards. A province also gets its
// kabupaten/kota added here.
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TenantPicker } from '../../../ui/TenantPicker';
import { currentPeriod } from '../../wall/utils/currentPeriod';
import { CreateTenantDocument } from '../graphql/createTenantMutation.generated';
import { OrgTenantsDocument } from '../graphql/orgTenantsQuery.generated';
import { OrgWorkspace } from './OrgWorkspace';
import { TenantForm } from './TenantForm';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function OrgAdminPage() {
  const timeZone = useTimeZone();
  const { t } = useTranslation();
  const [year] = useState(() => currentPeriod(new Date(), timeZone).year);
  const tenantsQuery = useQuery(OrgTenantsDocument);
  const tenants = useMemo(() => tenantsQuery.data?.tenants ?? [], [tenantsQuery.data]);
  const [chosenTenantId, setChosenTenantId] = useState('');
  const tenant = tenants.find((x) => x.id === chosenTenantId) ?? tenants[0] ?? null;
  const [done, setDone] = useState('');
  const [createTenant] = useMutation(CreateTenantDocument);
  const reloadTenants = () => void tenantsQuery.refetch().catch(() => undefined);

  let body;
  if (!tenantsQuery.data) {
    body = tenantsQuery.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  } else if (!tenant) {
    body = <Notice tone="error">{t('org.noTenant')}</Notice>;
  } else {
    body = (
      <>
        <TenantPicker
          label={t('org.tenant')}
          tenants={tenants}
          value={tenant.id}
          onChange={(tenantId) => {
            setChosenTenantId(tenantId);
            setDone('');
          }}
        />
        {/* Kept in view while the administrator scrolls through the tree and the forms. */}
        {done ? (
          <Notice tone="info" className="sticky top-0 z-10 shadow-sm" testId="org-done">
            {done}
          </Notice>
        ) : null}
        <OrgWorkspace key={tenant.id} tenantId={tenant.id} year={year} onDone={setDone} />
        {tenant.kind === 'PROVINCE' ? (
          <Card>
            <TenantForm
              key={tenant.id}
              title={t('org.tenantCreate.title')}
              intro={t('org.tenantCreate.intro', { province: tenant.name })}
              submitLabel={t('org.tenantCreate.submit')}
              testId="org-tenant-form"
              onSave={async (fields, clientMutationId) => {
                await createTenant({
                  variables: { input: { parentTenantId: tenant.id, ...fields, clientMutationId } },
                });
                setDone(t('org.done.tenantCreated', { name: fields.name }));
                reloadTenants();
              }}
              onStale={reloadTenants}
            />
          </Card>
        ) : null}
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="org-page">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t('org.title')}</h2>
        <p className="text-ink-muted">{t('org.intro', { year })}</p>
      </header>
      {body}
    </div>
  );
}
