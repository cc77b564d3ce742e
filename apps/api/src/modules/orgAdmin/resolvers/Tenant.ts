// Tenant.unplacedOfficials: officials without a position, for the tenant's administrators.
import type { TenantResolvers } from '../../../generated/resolverTypes';
import { tenantScopePath } from '../../org/providers/orgLoaders';
import { unplacedOfficials } from '../providers/staffReads';

export const Tenant: Pick<TenantResolvers, 'unplacedOfficials' | '__isTypeOf'> = {
  unplacedOfficials: async (t, _args, ctx) => {
    ctx.authorize('administer', await tenantScopePath(t), `Tenant:${t.id}`);
    return unplacedOfficials(ctx, t.id);
  },
};
