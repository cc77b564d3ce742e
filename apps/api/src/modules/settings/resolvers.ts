// tenantSettings: readable by anyone who may read the tenant.
import type { Resolvers } from '../../generated/resolvers';
import { badInput, notFound } from '../../errors';
import { fromGlobalId, toGlobalId } from '../../ids';
import { fromZodError } from '../../errors';
import { tenantScopePath } from '../org/providers/orgLoaders';
import { updateSettingsInput } from './lib/settingsRules';
import { updateTenantSettings } from './providers/updateTenantSettings';

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
  Mutation: {
    async updateTenantSettings(_, { input }, ctx) {
      const { type, id } = fromGlobalId(input.tenantId, 'tenantId');
      if (type !== 'Tenant') throw badInput('tenantId', 'globalIdType', { expected: 'Tenant' });
      const parsed = updateSettingsInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const tenant = await ctx.prisma.tenant.findUnique({
        where: { id },
        select: { id: true, parentId: true },
      });
      if (!tenant) throw badInput('tenantId', 'notFound');
      const { clientMutationId, ...fields } = parsed.data;
      const change = Object.fromEntries(
        Object.entries(fields).filter(([, v]) => v !== null && v !== undefined),
      );
      const result = await updateTenantSettings(ctx, tenant, change, clientMutationId);
      const settings = await ctx.prisma.tenantSettings.findUniqueOrThrow({ where: { tenantId: id } });
      return { settings, seq: result.seq, rebuiltSnapshots: result.rebuiltSnapshots };
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
