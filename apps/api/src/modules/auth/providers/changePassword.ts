// A user changes their own password: the current one proves it is them (wrong guesses count
// toward the login limits, so a stolen session cannot be used to guess it), the new one must
// pass the same strength rule as administrator passwords, and every other session ends.
import { hash, verify } from '@node-rs/argon2';
import { badInput, rateLimited } from '../../../errors';
import { performWrite, writeActor } from '../../changes/providers/performWrite';
import type { GraphQLContext } from '../../../context';
import { passwordProblem, type PasswordProblem } from '../lib/passwordStrength';
import { endSessionsOf, type SessionsContext } from './ownSessions';
import { announceRevocation } from './sessions';

/** The rule's parameters for the client; zxcvbn's English advice stays on the server. */
function problemParams(problem: PasswordProblem): Record<string, unknown> {
  if (problem.rule === 'tooShort') return { min: problem.min };
  if (problem.rule === 'tooLong') return { max: problem.max };
  if (problem.rule === 'guessable') return { score: problem.score };
  return {};
}

export async function changeOwnPassword(
  ctx: SessionsContext & Pick<GraphQLContext, 'loginLimiter' | 'ip'>,
  input: { currentPassword: string; newPassword: string; clientMutationId?: string | null },
): Promise<{ endedSessions: number }> {
  const actor = writeActor(ctx.viewer);
  if (ctx.viewer.kind !== 'user') throw badInput('currentPassword', 'incorrect');
  const { username, sessionId } = ctx.viewer;
  const wait = await ctx.loginLimiter.check(ctx.ip ?? 'unknown', username);
  if (wait > 0) throw rateLimited(wait);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!(await verify(user.passwordHash, input.currentPassword).catch(() => false))) {
    await ctx.loginLimiter.recordFailure(username);
    ctx.logger.info({ username, ip: ctx.ip }, 'password change refused: wrong current password');
    throw badInput('currentPassword', 'incorrect');
  }
  if (input.newPassword === input.currentPassword) throw badInput('newPassword', 'unchanged');
  const problem = passwordProblem(input.newPassword, { username });
  if (problem) throw badInput('newPassword', problem.rule, problemParams(problem));
  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHash = await hash(input.newPassword);
  const endedIds = await performWrite<string[]>(
    ctx,
    actor,
    // Passwords stay out of the idempotency hash.
    { operation: 'changePassword', clientMutationId: input.clientMutationId, input: {} },
    async (tx) => {
      await tx.user.update({
        where: { id: actor.userId },
        data: { passwordHash, passwordChangedAt: new Date() },
      });
      return { result: await endSessionsOf(tx, actor.userId, sessionId) };
    },
  );
  await announceRevocation(ctx, { sessionIds: endedIds });
  return { endedSessions: endedIds.length };
}
