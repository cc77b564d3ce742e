import type { QueryResolvers } from '../../../../generated/resolvers';
import { notFound } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { tenantScopePath } from '../../../org/providers/orgLoaders';
import { wallDevicesOf } from '../../providers/wallDevices';

export const wallDevices: NonNullable<QueryResolvers['wallDevices']> = async (_, args, ctx) => {
  const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
  const tenant = await ctx.loaders.org.tenant.load(tenantId);
  if (!tenant) throw notFound('tenant');
  ctx.authorize('administer', await tenantScopePath(ctx.loaders.org, tenant), `WallDevices:${tenantId}`);
  return wallDevicesOf(ctx.prisma, tenantId);
};
