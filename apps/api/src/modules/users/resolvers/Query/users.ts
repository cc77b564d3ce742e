// users: a tenant's users with their roles, for its administrators.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { authorizedTenant } from '../../../org/providers/authorizedTenant';
import { usersOfTenant } from '../../providers/userAdmin';

export const users: NonNullable<QueryResolvers['users']> = async (_parent, args, ctx) => {
  const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
  await authorizedTenant(ctx, tenantId, 'administer', `Users:${tenantId}`);
  return usersOfTenant(ctx.prisma, tenantId);
};
