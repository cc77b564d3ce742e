// setTwoFactorRequirement: a tenant requires (or no longer requires) two-factor sign-in of its
// administrators and leaders.
import { z } from 'zod';
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { clientMutationId } from '../../../changes/lib/writeInputs';
import { tenantIdOf } from '../../lib/tenantIdOf';
import { settingsTenant, storedTenantSettings } from '../../providers/tenantSettings';
import { setTwoFactorRequirement as setRequirement } from '../../providers/twoFactorRequirement';

const requirementInput = z.object({ required: z.boolean(), clientMutationId });

export const setTwoFactorRequirement: NonNullable<MutationResolvers['setTwoFactorRequirement']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = tenantIdOf(input.tenantId);
  const fields = parseInput(requirementInput, input);
  const tenant = await settingsTenant(ctx.prisma, tenantId);
  if (!tenant) throw badInput('tenantId', 'notFound');
  await setRequirement(ctx, tenant, fields);
  const settings = await storedTenantSettings(ctx.prisma, tenantId);
  if (!settings) throw new Error(`settings of tenant ${tenantId} missing after their update`);
  return settings;
};
