// Whether a tenant requires two-factor sign-in of its administrators and leaders. An
// administrator turns it on only with two-factor sign-in of their own (so they do not lock
// themselves out); the audit log records who changed it.
import { badInput } from '../../../errors';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import { writeActor, type WriteContext } from '../../changes/providers/performWrite';

export async function setTwoFactorRequirement(
  ctx: WriteContext,
  tenant: { id: string; parentId: string | null },
  input: { required: boolean; clientMutationId?: string | null },
): Promise<void> {
  const actor = writeActor(ctx.viewer);
  const scopeIds = tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
  ctx.authorize('administer', scopeIds, `TenantSettings:${tenant.id}`);
  if (input.required) {
    const own = await ctx.prisma.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { totpEnabledAt: true },
    });
    if (!own.totpEnabledAt) throw badInput('required', 'ownTwoFactorFirst');
  }
  await performLoggedWrite(
    ctx,
    {
      operation: 'setTwoFactorRequirement',
      clientMutationId: input.clientMutationId,
      input: { tenantId: tenant.id, required: input.required },
    },
    async (tx) => {
      const current = await tx.tenantSettings.upsert({
        where: { tenantId: tenant.id },
        create: { tenantId: tenant.id },
        update: {},
      });
      if (current.requireTwoFactorForAdmins === input.required) return { id: tenant.id, record: null };
      await tx.tenantSettings.update({
        where: { tenantId: tenant.id },
        data: { requireTwoFactorForAdmins: input.required },
      });
      return {
        id: tenant.id,
        record: {
          tenantId: tenant.id,
          scopeIds,
          entityType: 'TenantSettings',
          entityId: tenant.id,
          action: 'TWO_FACTOR_REQUIREMENT_SET',
          before: { requireTwoFactorForAdmins: current.requireTwoFactorForAdmins },
          after: { requireTwoFactorForAdmins: input.required },
          payload: null,
        },
      };
    },
  );
}
