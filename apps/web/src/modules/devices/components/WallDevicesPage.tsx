// `/admin/devices`: the wall screens of a tenant. Register one (its link is shown once), change
// the panels a screen shows, or revoke it (the link stops working at once).
import { useMemo, useState } from 'react';
import { useLocale } from '../../../i18n/useLocale';
import { Card } from '../../../ui/Card';
import { TenantAdminPage } from '../../admin/components/TenantAdminPage';
import { useTenantAdmin } from '../../admin/hooks/useTenantAdmin';
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

export function WallDevicesPage() {
  const locale = useLocale();
  const page = useTenantAdmin(DeviceScopesDocument, WallDevicesDocument);
  const [created, setCreated] = useState<{ name: string; link: string } | null>(null);
  const rows = useMemo(() => activeFirst(page.list.data?.wallDevices ?? []), [page.list.data]);

  return (
    <TenantAdminPage
      name="devices"
      page={page}
      problemOf={deviceErrorOf}
      rows={rows}
      create={(tenant) => (
        <Card>
          {created ? (
            <DeviceLink name={created.name} link={created.link} onDone={() => setCreated(null)} />
          ) : (
            <CreateDeviceForm
              key={tenant.id}
              scopes={scopeOptionsOf(tenant)}
              onCreated={(device, token) => {
                page.announce('');
                setCreated({ name: device.name, link: wallLinkOf(window.location.origin, token) });
                page.reload();
              }}
            />
          )}
        </Card>
      )}
    >
      {(device, tenant) => (
        <DeviceRow
          key={device.id}
          device={device}
          locale={locale}
          timeZone={tenant.timeZone ?? DEFAULT_TIME_ZONE}
          {...page.rowEvents}
        />
      )}
    </TenantAdminPage>
  );
}
