// A tenant looked up by id for a tenant-wide read or administration, once the viewer may do it.
import type { Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { notFound } from '../../../errors';
import type { Action } from '../../policy/lib/policy';
import { orgLoaders, tenantScopePath } from './orgLoaders';

export async function authorizedTenant(
  ctx: GraphQLContext,
  tenantId: string,
  action: Action,
  what: string,
): Promise<Tenant> {
  const tenant = await orgLoaders(ctx).tenant.load(tenantId);
  if (!tenant) throw notFound('tenant');
  ctx.authorize(action, await tenantScopePath(tenant), what);
  return tenant;
}
