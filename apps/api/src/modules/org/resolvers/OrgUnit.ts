// An org unit in the tree: global id, its tenant, and the parent, sub-units and breadcrumb the viewer may see.
import type { OrgUnitResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { orgLoaders } from '../providers/orgLoaders';
import { visibleTenant, visibleUnit, visibleUnits } from '../providers/visibleNodes';

export const OrgUnit: Pick<
  OrgUnitResolvers,
  | 'breadcrumb'
  | 'children'
  | 'code'
  | 'id'
  | 'kind'
  | 'name'
  | 'parent'
  | 'shortName'
  | 'tenant'
  | '__isTypeOf'
> = {
  id: (u) => toGlobalId('OrgUnit', u.id),
  tenant: async (u, _args, ctx) => {
    const tenant = await orgLoaders(ctx).tenant.load(u.tenantId);
    if (!tenant) throw new Error(`org unit ${u.id} has no tenant`);
    return { ...tenant, __typename: 'Tenant' as const };
  },
  parent: async (u, _args, ctx) =>
    u.parentId ? visibleUnit(ctx, await orgLoaders(ctx).unit.load(u.parentId)) : null,
  children: async (u, _args, ctx) => visibleUnits(ctx, await orgLoaders(ctx).childUnits.load(u.id)),
  breadcrumb: async (u, _args, ctx) => {
    const [tenantId, ...unitIds] = u.ancestorIds;
    const tenant = await visibleTenant(ctx, await orgLoaders(ctx).tenant.load(tenantId ?? u.tenantId));
    const units = await Promise.all(
      unitIds.map(async (id) => visibleUnit(ctx, await orgLoaders(ctx).unit.load(id))),
    );
    return [tenant, ...units].filter((n) => n !== null);
  },
};
