// Tenants and org units as the viewer may see them: tagged with their GraphQL type, or null.
import type { OrgUnit, Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { can } from '../../policy/lib/policy';
import { tenantScopePath, unitScopePath } from './orgLoaders';

type TenantRow = Tenant & { __typename: 'Tenant' };
type UnitRow = OrgUnit & { __typename: 'OrgUnit' };

export async function visibleTenant(ctx: GraphQLContext, tenant: Tenant | null): Promise<TenantRow | null> {
  if (!tenant) return null;
  return can(ctx.viewer, 'read', await tenantScopePath(tenant)) ? { ...tenant, __typename: 'Tenant' } : null;
}

export async function visibleUnit(ctx: GraphQLContext, unit: OrgUnit | null): Promise<UnitRow | null> {
  if (!unit) return null;
  return can(ctx.viewer, 'read', await unitScopePath(ctx, unit)) ? { ...unit, __typename: 'OrgUnit' } : null;
}

/** The rows the viewer may see, in their order. */
export async function visibleTenants(ctx: GraphQLContext, rows: Tenant[]): Promise<TenantRow[]> {
  return (await Promise.all(rows.map((r) => visibleTenant(ctx, r)))).filter((r) => r !== null);
}

export async function visibleUnits(ctx: GraphQLContext, rows: OrgUnit[]): Promise<UnitRow[]> {
  return (await Promise.all(rows.map((r) => visibleUnit(ctx, r)))).filter((r) => r !== null);
}
