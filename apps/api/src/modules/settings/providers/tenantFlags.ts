// A tenant's on/off settings (two-factor sign-in required, photo metadata kept): set by its
// administrators in one transaction with the audit record; setting a flag to what it is logs nothing.
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';

export type TenantFlag = 'requireTwoFactorForAdmins' | 'keepPhotoMetadata';

export interface FlagTenant {
  id: string;
  parentId: string | null;
}

export async function setTenantFlag(
  ctx: WriteContext,
  tenant: FlagTenant,
  change: {
    flag: TenantFlag;
    value: boolean;
    operation: string;
    /** The audit action recorded. */
    action: string;
    clientMutationId?: string | null;
    /** A rule of this flag's, checked after authorisation and before the write. */
    check?: () => Promise<void>;
  },
): Promise<void> {
  const { flag, value } = change;
  const scopeIds = tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
  ctx.authorize('administer', scopeIds, `TenantSettings:${tenant.id}`);
  await change.check?.();
  await performLoggedWrite(
    ctx,
    {
      operation: change.operation,
      clientMutationId: change.clientMutationId,
      input: { tenantId: tenant.id, [flag]: value },
    },
    async (tx) => {
      const current = await tx.tenantSettings.upsert({
        where: { tenantId: tenant.id },
        create: { tenantId: tenant.id },
        update: {},
      });
      if (current[flag] === value) return { id: tenant.id, record: null };
      await tx.tenantSettings.update({ where: { tenantId: tenant.id }, data: { [flag]: value } });
      return {
        id: tenant.id,
        record: {
          tenantId: tenant.id,
          scopeIds,
          entityType: 'TenantSettings',
          entityId: tenant.id,
          action: change.action,
          before: { [flag]: current[flag] },
          after: { [flag]: value },
          payload: null,
        },
      };
    },
  );
}
