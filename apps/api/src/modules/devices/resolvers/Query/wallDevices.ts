// wallDevices: a tenant's registered screens, for its administrators.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { idOf } from '../../../../ids';
import { authorizedTenant } from '../../../org/providers/authorizedTenant';
import { wallDevicesOf } from '../../providers/wallDevices';

export const wallDevices: NonNullable<QueryResolvers['wallDevices']> = async (_parent, args, ctx) => {
  const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
  await authorizedTenant(ctx, tenantId, 'administer', `WallDevices:${tenantId}`);
  return wallDevicesOf(ctx.prisma, tenantId);
};
