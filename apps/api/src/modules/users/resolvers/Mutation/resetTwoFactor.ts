// resetTwoFactor: an administrator turns a user's two-factor sign-in off (a lost phone); the
// user's sessions end and their sockets close at once.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { announceRevocation } from '../../../auth/providers/sessions';
import { resetTwoFactorInput } from '../../lib/userInputs';
import { resetTwoFactor as reset, userRow } from '../../providers/userAdmin';

export const resetTwoFactor: NonNullable<MutationResolvers['resetTwoFactor']> = async (
  _parent,
  { input },
  ctx,
) => {
  const userId = idOf('User', input.userId, 'userId');
  const done = await reset(ctx, { ...parseInput(resetTwoFactorInput, input), userId });
  await announceRevocation(ctx, { sessionIds: done.endedSessionIds });
  return userRow(ctx.prisma, done.userId);
};
