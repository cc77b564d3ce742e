// A tenant in the org tree: global id, time zone, and the parent, kabupaten/kota and OPDs the viewer may see.
import type { TenantResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { orgLoaders } from '../providers/orgLoaders';
import { childTenants, opdsOf, timeZoneOf } from '../providers/orgReads';
import { visibleTenant, visibleTenants, visibleUnits } from '../providers/visibleNodes';

export const Tenant: Pick<
  TenantResolvers,
  | 'capital'
  | 'children'
  | 'code'
  | 'id'
  | 'kind'
  | 'name'
  | 'opds'
  | 'parent'
  | 'shortName'
  | 'timeZone'
  | '__isTypeOf'
> = {
  id: (t) => toGlobalId('Tenant', t.id),
  timeZone: (t, _args, ctx) => timeZoneOf(ctx.prisma, t.id),
  parent: async (t, _args, ctx) =>
    t.parentId ? visibleTenant(ctx, await orgLoaders(ctx).tenant.load(t.parentId)) : null,
  children: async (t, _args, ctx) => visibleTenants(ctx, await childTenants(ctx.prisma, t.id)),
  opds: async (t, _args, ctx) => visibleUnits(ctx, await opdsOf(ctx.prisma, t.id)),
};
