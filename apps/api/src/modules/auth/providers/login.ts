// Checking a username and password (and the second factor of a user who has one), rate-limited
// per IP and per username, and opening a session.
import { verify } from '@node-rs/argon2';
import { DEMO_PASSWORD, type User } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { badInput, rateLimited } from '../../../errors';
import { createSession } from './sessions';
import { secondFactorProblem, type SecondFactor } from './twoFactor';

// A fixed hash to verify against when the username is unknown, so timing does not reveal
// which usernames exist.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$aEwpUjtNlnMyI6ue2fvOHA$NdRm0nCnKh+x9CEXbH0d6osVlzk3M87aDqgW/9/+f+M';

export async function login(
  ctx: Pick<GraphQLContext, 'prisma' | 'loginLimiter' | 'logger' | 'config' | 'ip' | 'userAgent' | 'clock'>,
  username: string,
  password: string,
  second: SecondFactor = {},
): Promise<{ user: User; token: string; expiresAt: Date }> {
  const wait = await ctx.loginLimiter.check(ctx.ip ?? 'unknown', username);
  if (wait > 0) {
    ctx.logger.warn({ username, ip: ctx.ip }, 'login rate-limited');
    throw rateLimited(wait);
  }
  const user = await ctx.prisma.user.findUnique({ where: { username } });
  const valid = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  // The demo's password is published: in production no account signs in with it, even one
  // restored from a demo database.
  const published = ctx.config.env === 'production' && password === DEMO_PASSWORD;
  if (published && valid) ctx.logger.warn({ username }, 'login refused: the published demo password');
  if (!user || !valid || !user.isActive || published) {
    await ctx.loginLimiter.recordFailure(username);
    ctx.logger.info({ username, ip: ctx.ip }, 'login failed');
    throw badInput('password', 'credentials');
  }
  // Only once the password is right is the second factor asked for or checked; a wrong code counts
  // toward the same limits as a wrong password.
  const problem = await secondFactorProblem(ctx, user, second);
  if (problem) {
    if (problem.failure) {
      await ctx.loginLimiter.recordFailure(username);
      ctx.logger.info({ username, ip: ctx.ip }, 'login failed: second factor');
    }
    throw badInput(problem.field, problem.rule);
  }
  await ctx.loginLimiter.recordSuccess(username);
  const session = await createSession(ctx.prisma, user.id, ctx.config.sessionTtlMs, {
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return { user, token: session.token, expiresAt: session.expiresAt };
}
