// User administration: the tenant's users with their roles, and the writes on accounts and roles.
import type { Resolvers } from '../../generated/resolvers';
import { fromZodError, notFound } from '../../errors';
import { fromScopeId, toGlobalId } from '../../ids';
import { idOf } from '../changes/lib/writeInputs';
import { scopeNode, tenantScopePath } from '../org/providers/orgLoaders';
import { assignRoleInput, createUserInput, resetPasswordInput, revokeRoleInput } from './lib/userInputs';
import { assignRole, createUser, resetPassword, revokeRole, usersOfTenant } from './providers/userAdmin';
import type { GraphQLContext } from '../../context';

const reload = (ctx: GraphQLContext, userId: string) =>
  ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });

export const usersResolvers: Resolvers = {
  Query: {
    async users(_, args, ctx) {
      const tenantId = idOf('Tenant', args.tenantId, 'tenantId');
      const tenant = await ctx.loaders.org.tenant.load(tenantId);
      if (!tenant) throw notFound('tenant');
      ctx.authorize('administer', await tenantScopePath(ctx.loaders.org, tenant), `Users:${tenantId}`);
      return usersOfTenant(ctx.prisma, tenantId);
    },
  },
  Mutation: {
    async createUser(_, { input }, ctx) {
      const parsed = createUserInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const scope = fromScopeId(input.scopeId);
      return reload(ctx, await createUser(ctx, { ...parsed.data, scope }));
    },
    async assignRole(_, { input }, ctx) {
      const userId = idOf('User', input.userId, 'userId');
      const parsed = assignRoleInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const scope = fromScopeId(input.scopeId);
      return reload(ctx, await assignRole(ctx, { ...parsed.data, userId, scope }));
    },
    async revokeRole(_, { input }, ctx) {
      const roleAssignmentId = idOf('RoleAssignment', input.roleAssignmentId, 'roleAssignmentId');
      const parsed = revokeRoleInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      return reload(ctx, await revokeRole(ctx, { ...parsed.data, roleAssignmentId }));
    },
    async resetPassword(_, { input }, ctx) {
      const userId = idOf('User', input.userId, 'userId');
      const parsed = resetPasswordInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const done = await resetPassword(ctx, { ...parsed.data, userId });
      // Live sockets of the ended sessions close at once on this instance.
      for (const sessionId of done.endedSessionIds) ctx.onSessionRevoked?.(sessionId);
      return reload(ctx, done.userId);
    },
  },
  User: {
    roleAssignments: async (u, _, ctx) => {
      const roles = await ctx.prisma.roleAssignment.findMany({
        where: { userId: u.id },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return Promise.all(
        roles.map(async (r) => ({
          id: r.id,
          role: r.role,
          createdAt: r.createdAt,
          scope: await scopeNode(
            ctx,
            r.orgUnitId ? { type: 'OrgUnit', id: r.orgUnitId } : { type: 'Tenant', id: r.tenantId },
          ),
        })),
      );
    },
    isActive: (u) => u.isActive,
    lastLoginAt: (u) => u.lastLoginAt?.toISOString() ?? null,
  },
  UserRoleAssignment: {
    id: (r) => toGlobalId('RoleAssignment', r.id),
    grantedAt: (r) => r.createdAt.toISOString(),
  },
};
