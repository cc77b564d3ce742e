// Per-request batched lookups of tenants and org units, and the scope path of any node.
import DataLoader from 'dataloader';
import type { OrgUnit, PrismaClient, Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { groupedBy, perRequest } from '../../../requestLoaders';
import { can } from '../../policy/lib/policy';

export interface OrgLoaders {
  tenant: DataLoader<string, Tenant | null>;
  unit: DataLoader<string, OrgUnit | null>;
  /** A unit's sub-units in their order: one query for every unit of a tree level. */
  childUnits: DataLoader<string, OrgUnit[]>;
}

function createOrgLoaders(prisma: PrismaClient): OrgLoaders {
  return {
    tenant: new DataLoader(async (ids) => {
      const rows = await prisma.tenant.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    unit: new DataLoader(async (ids) => {
      const rows = await prisma.orgUnit.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childUnits: new DataLoader(async (parentIds) => {
      const rows = await prisma.orgUnit.findMany({
        where: { parentId: { in: [...parentIds] } },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      });
      return groupedBy(parentIds, rows, (unit) => unit.parentId ?? '');
    }),
  };
}

/** The tenants and units a request has looked up, batched and kept until it ends. */
export const orgLoaders = perRequest(createOrgLoaders);

/** Outermost first: parent tenant (for a kabupaten/kota), tenant, then units down to the node. */
export async function tenantScopePath(tenant: Tenant): Promise<string[]> {
  return tenant.parentId ? [tenant.parentId, tenant.id] : [tenant.id];
}

export async function unitScopePath(ctx: Pick<GraphQLContext, 'prisma'>, unit: OrgUnit): Promise<string[]> {
  const tenant = await orgLoaders(ctx).tenant.load(unit.tenantId);
  const prefix = tenant?.parentId ? [tenant.parentId] : [];
  return [...prefix, ...unit.ancestorIds];
}

/** A tenant or org unit row tagged with its GraphQL type (ids must exist: they come from foreign keys). */
export async function scopeNode(
  ctx: Pick<GraphQLContext, 'prisma'>,
  ref: { type: 'Tenant' | 'OrgUnit'; id: string },
): Promise<(Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' })> {
  if (ref.type === 'Tenant') {
    const tenant = await orgLoaders(ctx).tenant.load(ref.id);
    if (!tenant) throw new Error(`tenant ${ref.id} not found`);
    return { ...tenant, __typename: 'Tenant' };
  }
  const unit = await orgLoaders(ctx).unit.load(ref.id);
  if (!unit) throw new Error(`org unit ${ref.id} not found`);
  return { ...unit, __typename: 'OrgUnit' };
}

/** Whether the viewer may read a tenant or org unit. */
export async function isReadable(
  ctx: Pick<GraphQLContext, 'prisma' | 'viewer'>,
  node: (Tenant & { __typename: 'Tenant' }) | (OrgUnit & { __typename: 'OrgUnit' }),
): Promise<boolean> {
  const path = node.__typename === 'Tenant' ? await tenantScopePath(node) : await unitScopePath(ctx, node);
  return can(ctx.viewer, 'read', path);
}
