// Resolvers of the org tree: every object is checked against the viewer's scopes.
import type { OrgUnit, Tenant } from '@ekinerja/db';
import type { GraphQLContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers';
import { fromGlobalId, toGlobalId } from '../../ids';
import { resolveDrilldownNode } from '../drilldown/resolvers';
import { readableIssue } from '../issues/resolvers';
import { readablePosition } from '../orgAdmin/resolvers';
import { can, scopesFor } from '../policy/lib/policy';
import { tenantScopePath, unitScopePath } from './providers/orgLoaders';

type TenantRow = Tenant & { __typename: 'Tenant' };
type UnitRow = OrgUnit & { __typename: 'OrgUnit' };

/**
 * Objects returned through `Node` carry their GraphQL type name, set where they are loaded;
 * users (plain rows) are told by their username.
 */
function nodeTypeOf(obj: object): NodeTypeName {
  if ('__typename' in obj && typeof obj.__typename === 'string') return obj.__typename as NodeTypeName;
  if ('username' in obj) return 'User';
  throw new Error('node without a type name');
}
type NodeTypeName = NonNullable<
  Awaited<ReturnType<NonNullable<NonNullable<Resolvers['Node']>['__resolveType']>>>
>;

/** Rows carry their GraphQL type name, set where they are loaded. */
function scopeType(obj: { __typename?: 'Tenant' | 'OrgUnit' }): 'Tenant' | 'OrgUnit' {
  return obj.__typename === 'Tenant' ? 'Tenant' : 'OrgUnit';
}

async function visibleTenant(ctx: GraphQLContext, tenant: Tenant | null): Promise<TenantRow | null> {
  if (!tenant) return null;
  return can(ctx.viewer, 'read', await tenantScopePath(ctx.loaders.org, tenant))
    ? { ...tenant, __typename: 'Tenant' }
    : null;
}

async function visibleUnit(ctx: GraphQLContext, unit: OrgUnit | null): Promise<UnitRow | null> {
  if (!unit) return null;
  return can(ctx.viewer, 'read', await unitScopePath(ctx.loaders.org, unit))
    ? { ...unit, __typename: 'OrgUnit' }
    : null;
}

export const orgResolvers: Resolvers = {
  Query: {
    async node(_, args, ctx) {
      const { type, id } = fromGlobalId(args.id);
      if (type === 'Tenant') return visibleTenant(ctx, await ctx.loaders.org.tenant.load(id));
      if (type === 'OrgUnit') return visibleUnit(ctx, await ctx.loaders.org.unit.load(id));
      if (type === 'Issue') return readableIssue(ctx, id);
      if (type === 'Position') return readablePosition(ctx, id);
      return resolveDrilldownNode(ctx, type, id);
    },
    async tenants(_, __, ctx) {
      const scopes = scopesFor(ctx.viewer, 'read');
      if (scopes.length === 0) return [];
      // A tenant is listed when the viewer can read it, or reads something inside it.
      const units = await ctx.prisma.orgUnit.findMany({
        where: { id: { in: scopes } },
        select: { tenantId: true },
      });
      const candidates = await ctx.prisma.tenant.findMany({
        where: {
          OR: [
            { id: { in: scopes } },
            { parentId: { in: scopes } },
            { id: { in: units.map((u) => u.tenantId) } },
          ],
        },
        orderBy: [{ kind: 'asc' }, { code: 'asc' }],
      });
      return candidates.map((t) => ({ ...t, __typename: 'Tenant' as const }));
    },
  },
  Node: { __resolveType: nodeTypeOf },
  ScopeNode: { __resolveType: scopeType },
  Tenant: {
    id: (t) => toGlobalId('Tenant', t.id),
    timeZone: async (t, _, ctx) =>
      (await ctx.prisma.tenantSettings.findUnique({ where: { tenantId: t.id }, select: { timeZone: true } }))
        ?.timeZone ?? 'Asia/Makassar',
    parent: async (t, _, ctx) =>
      t.parentId ? visibleTenant(ctx, await ctx.loaders.org.tenant.load(t.parentId)) : null,
    children: async (t, _, ctx) => {
      const rows = await ctx.prisma.tenant.findMany({ where: { parentId: t.id }, orderBy: { code: 'asc' } });
      return (await Promise.all(rows.map((r) => visibleTenant(ctx, r)))).filter((r) => r !== null);
    },
    opds: async (t, _, ctx) => {
      const rows = await ctx.prisma.orgUnit.findMany({
        where: { tenantId: t.id, kind: 'OPD' },
        orderBy: { sortOrder: 'asc' },
      });
      return (await Promise.all(rows.map((r) => visibleUnit(ctx, r)))).filter((r) => r !== null);
    },
  },
  OrgUnit: {
    id: (u) => toGlobalId('OrgUnit', u.id),
    tenant: async (u, _, ctx) => {
      const tenant = await ctx.loaders.org.tenant.load(u.tenantId);
      if (!tenant) throw new Error(`org unit ${u.id} has no tenant`);
      return { ...tenant, __typename: 'Tenant' as const };
    },
    parent: async (u, _, ctx) =>
      u.parentId ? visibleUnit(ctx, await ctx.loaders.org.unit.load(u.parentId)) : null,
    children: async (u, _, ctx) => {
      const rows = await ctx.loaders.org.childUnits.load(u.id);
      return (await Promise.all(rows.map((r) => visibleUnit(ctx, r)))).filter((r) => r !== null);
    },
    breadcrumb: async (u, _, ctx) => {
      const [tenantId, ...unitIds] = u.ancestorIds;
      const tenant = await visibleTenant(ctx, await ctx.loaders.org.tenant.load(tenantId ?? u.tenantId));
      const units = await Promise.all(
        unitIds.map(async (id) => visibleUnit(ctx, await ctx.loaders.org.unit.load(id))),
      );
      return [tenant, ...units].filter((n) => n !== null);
    },
  },
};
