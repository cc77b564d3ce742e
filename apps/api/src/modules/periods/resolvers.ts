// Period locks: the list, and locking or unlocking a month.
import { z } from 'zod';
import type { MutationResolvers, Resolvers } from '../../generated/resolvers';
import { fromZodError } from '../../errors';
import { periodInput } from '../../period';
import { clientMutationId, idOf, reason } from '../changes/lib/writeInputs';
import { tenantScopePath } from '../org/providers/orgLoaders';
import { notFound } from '../../errors';
import { periodLocksOf, setPeriodLock } from './providers/periodLocks';

const lockInput = periodInput.extend({ reason: reason.nullish(), clientMutationId });

function lockResolver(locked: boolean): NonNullable<MutationResolvers['lockPeriod']> {
  return async (_, { input }, ctx) => {
    const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
    const parsed = lockInput.safeParse(input);
    if (!parsed.success) throw fromZodError(parsed.error);
    return setPeriodLock(ctx, { ...parsed.data, tenantId }, locked);
  };
}

export const periodsResolvers: Resolvers = {
  Query: {
    async periodLocks(_, args, ctx) {
      const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
      const year = z.number().int().min(2000).max(2100).safeParse(args.year);
      if (!year.success) throw fromZodError(year.error, 'year');
      const tenant = await ctx.loaders.org.tenant.load(tenantId);
      if (!tenant) throw notFound('tenant');
      ctx.authorize('read', await tenantScopePath(ctx.loaders.org, tenant), `Tenant:${tenantId}`);
      return periodLocksOf(ctx.prisma, tenantId, year.data);
    },
  },
  Mutation: { lockPeriod: lockResolver(true), unlockPeriod: lockResolver(false) },
};
