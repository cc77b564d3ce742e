// auditChain: verifies a tenant's tamper-evident audit chain, for those who may audit the tenant.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { authorizedTenant } from '../../../org/providers/authorizedTenant';
import { auditChainStatus } from '../../providers/auditChainStatus';

export const auditChain: NonNullable<QueryResolvers['auditChain']> = async (_parent, args, ctx) => {
  const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
  await authorizedTenant(ctx, tenantId, 'audit', `auditChain:${tenantId}`);
  return auditChainStatus(ctx.prisma, tenantId);
};
