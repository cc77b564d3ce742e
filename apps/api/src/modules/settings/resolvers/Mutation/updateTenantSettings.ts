// updateTenantSettings: a tenant's scoring rules; every score of its years is recomputed in the same commit.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { updateSettingsInput } from '../../lib/settingsRules';
import { tenantIdOf } from '../../lib/tenantIdOf';
import { settingsTenant, storedTenantSettings } from '../../providers/tenantSettings';
import { updateTenantSettings as update } from '../../providers/updateTenantSettings';

export const updateTenantSettings: NonNullable<MutationResolvers['updateTenantSettings']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = tenantIdOf(input.tenantId);
  const { clientMutationId, reportingCalendar, ...fields } = parseInput(updateSettingsInput, input);
  const tenant = await settingsTenant(ctx.prisma, tenantId);
  if (!tenant) throw badInput('tenantId', 'notFound');
  const change = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
  const result = await update(ctx, tenant, change, reportingCalendar ?? [], clientMutationId);
  const settings = await storedTenantSettings(ctx.prisma, tenantId);
  if (!settings) throw new Error(`settings of tenant ${tenantId} missing after their update`);
  return { settings, seq: result.seq, rebuiltSnapshots: result.rebuiltSnapshots };
};
