// login / logout / me.
import { verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError, rateLimited, unauthenticated } from '../../errors';
import { toGlobalId } from '../../ids';
import { scopeNode } from '../org/providers/orgLoaders';
import { SESSION_COOKIE } from './lib/tokens';
import { createSession, revokeSession } from './providers/sessions';

const loginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1024),
});

// A fixed hash to verify against when the username is unknown, so timing does not reveal
// which usernames exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$aEwpUjtNlnMyI6ue2fvOHA$NdRm0nCnKh+x9CEXbH0d6osVlzk3M87aDqgW/9/+f+M';

export const authResolvers: Resolvers = {
  Query: {
    async me(_, __, ctx) {
      if (ctx.viewer.kind !== 'user') return null;
      return ctx.prisma.user.findUnique({ where: { id: ctx.viewer.userId } });
    },
  },
  Mutation: {
    async login(_, args, ctx) {
      const parsed = loginInput.safeParse(args);
      if (!parsed.success) throw fromZodError(parsed.error);
      const { username, password } = parsed.data;
      const wait = await ctx.loginLimiter.check(ctx.ip ?? 'unknown', username);
      if (wait > 0) {
        ctx.logger.warn({ username, ip: ctx.ip }, 'login rate-limited');
        throw rateLimited(wait);
      }
      const user = await ctx.prisma.user.findUnique({ where: { username } });
      const valid = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
      if (!user || !valid || !user.isActive) {
        await ctx.loginLimiter.recordFailure(username);
        ctx.logger.info({ username, ip: ctx.ip }, 'login failed');
        throw badInput('password', 'credentials');
      }
      await ctx.loginLimiter.recordSuccess(username);
      const session = await createSession(ctx.prisma, user.id, ctx.config.sessionTtlMs, {
        ip: ctx.ip,
        userAgent: ctx.userAgent,
      });
      ctx.res?.cookie(SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.env === 'production',
        path: '/',
        expires: session.expiresAt,
      });
      return { token: session.token, expiresAt: session.expiresAt.toISOString(), user };
    },
    async logout(_, __, ctx) {
      if (ctx.viewer.kind !== 'user') throw unauthenticated();
      await revokeSession(ctx.prisma, ctx.viewer.sessionId);
      ctx.onSessionRevoked?.(ctx.viewer.sessionId);
      ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
      return true;
    },
  },
  User: {
    id: (u) => toGlobalId('User', u.id),
    roles: async (u, _, ctx) => {
      const roles = await ctx.prisma.roleAssignment.findMany({ where: { userId: u.id } });
      return Promise.all(
        roles.map(async (r) => ({
          role: r.role,
          scope: await scopeNode(
            ctx,
            r.orgUnitId ? { type: 'OrgUnit', id: r.orgUnitId } : { type: 'Tenant', id: r.tenantId },
          ),
        })),
      );
    },
  },
};
