// periodLocks: a tenant's closed months of a year, for anyone who may read the tenant.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { periodInput } from '../../../../period';
import { authorizedTenant } from '../../../org/providers/authorizedTenant';
import { periodLocksOf } from '../../providers/periodLocks';

export const periodLocks: NonNullable<QueryResolvers['periodLocks']> = async (_parent, args, ctx) => {
  const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
  const { year } = parseInput(periodInput.pick({ year: true }), { year: args.year });
  await authorizedTenant(ctx, tenantId, 'read', `Tenant:${tenantId}`);
  return periodLocksOf(ctx.prisma, tenantId, year);
};
