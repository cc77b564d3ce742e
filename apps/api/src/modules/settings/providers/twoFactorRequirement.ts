// Whether a tenant requires two-factor sign-in of its administrators and leaders. An
// administrator turns it on only with two-factor sign-in of their own (so they do not lock
// themselves out); the audit log records who changed it.
import { badInput } from '../../../errors';
import { writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { setTenantFlag, type FlagTenant } from './tenantFlags';

export async function setTwoFactorRequirement(
  ctx: WriteContext,
  tenant: FlagTenant,
  input: { required: boolean; clientMutationId?: string | null },
): Promise<void> {
  const actor = writeActor(ctx.viewer);
  await setTenantFlag(ctx, tenant, {
    flag: 'requireTwoFactorForAdmins',
    value: input.required,
    operation: 'setTwoFactorRequirement',
    action: 'TWO_FACTOR_REQUIREMENT_SET',
    clientMutationId: input.clientMutationId,
    check: async () => {
      if (!input.required) return;
      const own = await ctx.prisma.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { totpEnabledAt: true },
      });
      if (!own.totpEnabledAt) throw badInput('required', 'ownTwoFactorFirst');
    },
  });
}
