// `/admin/devices`: the wall screens of a tenant. Register one (its link is shown once), change
// the panels a screen shows, or revoke it (the link stops working at once).
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { DeviceScopesDocument } from '../graphql/deviceScopesQuery.generated';
import { WallDevicesDocument } from '../graphql/wallDevicesQuery.generated';
import { activeFirst } from '../utils/activeFirst';
import { deviceErrorOf } from '../utils/deviceErrorOf';
import { scopeOptionsOf } from '../utils/scopeOptionsOf';
import { wallLinkOf } from '../utils/wallLinkOf';
import { CreateDeviceForm } from './CreateDeviceForm';
import { DeviceLink } from './DeviceLink';
import { DeviceRow } from './DeviceRow';
import { TenantPicker } from '../../../ui/TenantPicker';

export function WallDevicesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const scopes = useQuery(DeviceScopesDocument);
  const tenants = useMemo(() => scopes.data?.tenants ?? [], [scopes.data]);
  const [chosenTenantId, setChosenTenantId] = useState('');
  const tenant = tenants.find((x) => x.id === chosenTenantId) ?? tenants[0] ?? null;
  const devices = useQuery(WallDevicesDocument, {
    variables: { tenantId: tenant?.id ?? '' },
    skip: !tenant,
    fetchPolicy: 'cache-and-network',
  });
  const [created, setCreated] = useState<{ name: string; link: string } | null>(null);
  const [done, setDone] = useState('');

  const options = useMemo(() => (tenant ? scopeOptionsOf(tenant) : []), [tenant]);
  const rows = useMemo(() => activeFirst(devices.data?.wallDevices ?? []), [devices.data]);
  const timeZone = tenant?.timeZone ?? DEFAULT_TIME_ZONE;
  const reload = () => void devices.refetch().catch(() => undefined);

  let list;
  if (devices.error && !devices.data) {
    const problem = deviceErrorOf(devices.error);
    list = <Notice tone="error">{t(problem.key, problem.params)}</Notice>;
  } else if (!devices.data) {
    list = <LoadingState />;
  } else if (rows.length === 0) {
    list = (
      <p className="text-ink-muted" data-testid="devices-empty">
        {t('devices.list.empty')}
      </p>
    );
  } else {
    list = (
      <ul className="flex flex-col gap-3" aria-labelledby={`${id}-list`} aria-busy={devices.loading}>
        {rows.map((device) => (
          <DeviceRow
            key={device.id}
            device={device}
            locale={locale}
            timeZone={timeZone}
            onDone={setDone}
            onStale={reload}
          />
        ))}
      </ul>
    );
  }

  let body;
  if (!scopes.data) {
    body = scopes.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  } else if (!tenant) {
    body = <Notice tone="error">{t('devices.noTenant')}</Notice>;
  } else {
    body = (
      <>
        <TenantPicker
          label={t('devices.tenant')}
          tenants={tenants}
          value={tenant.id}
          onChange={(tenantId) => {
            setChosenTenantId(tenantId);
            setDone('');
          }}
          className="max-w-md"
        />
        <Card>
          {created ? (
            <DeviceLink name={created.name} link={created.link} onDone={() => setCreated(null)} />
          ) : (
            <CreateDeviceForm
              key={tenant.id}
              scopes={options}
              onCreated={(device, token) => {
                setDone('');
                setCreated({ name: device.name, link: wallLinkOf(window.location.origin, token) });
                reload();
              }}
            />
          )}
        </Card>
        <section className="flex flex-col gap-3" aria-labelledby={`${id}-list`}>
          <h3 id={`${id}-list`} className="text-lg font-semibold">
            {t('devices.list.title', { tenant: tenant.name })}
          </h3>
          <p role="status" className="text-sm font-medium" data-testid="devices-done">
            {done}
          </p>
          {list}
        </section>
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="devices-page">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t('devices.title')}</h2>
        <p className="text-ink-muted">{t('devices.intro')}</p>
      </header>
      {body}
    </div>
  );
}
