// tenantSettings: a tenant's scoring rules, readable by anyone who may read the tenant.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { authorizedTenant } from '../../../org/providers/authorizedTenant';
import { tenantIdOf } from '../../lib/tenantIdOf';
import { storedTenantSettings } from '../../providers/tenantSettings';

export const tenantSettings: NonNullable<QueryResolvers['tenantSettings']> = async (_parent, args, ctx) => {
  const tenantId = tenantIdOf(args.tenantId);
  await authorizedTenant(ctx, tenantId, 'read', `TenantSettings:${tenantId}`);
  return storedTenantSettings(ctx.prisma, tenantId);
};
