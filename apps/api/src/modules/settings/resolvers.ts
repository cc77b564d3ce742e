// tenantSettings: readable by anyone who may read the tenant.
import type { Resolvers } from '../../generated/resolvers';
import { badInput, notFound } from '../../errors';
import { fromGlobalId, toGlobalId } from '../../ids';
import { tenantScopePath } from '../org/providers/orgLoaders';

export const settingsResolvers: Resolvers = {
  Query: {
    async tenantSettings(_, args, ctx) {
      const { type, id } = fromGlobalId(args.tenantId, 'tenantId');
      if (type !== 'Tenant') throw badInput('tenantId', 'globalIdType', { expected: 'Tenant' });
      const tenant = await ctx.loaders.org.tenant.load(id);
      if (!tenant) throw notFound('tenant');
      ctx.authorize('read', await tenantScopePath(ctx.loaders.org, tenant), `TenantSettings:${id}`);
      return ctx.prisma.tenantSettings.findUnique({ where: { tenantId: id } });
    },
  },
  TenantSettings: {
    tenantId: (s) => toGlobalId('Tenant', s.tenantId),
    lockedMonths: async (s, args, ctx) =>
      (
        await ctx.prisma.periodLock.findMany({
          where: { tenantId: s.tenantId, year: args.year },
          orderBy: { month: 'asc' },
        })
      ).map((l) => l.month),
  },
};
