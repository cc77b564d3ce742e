// resetPassword: a new password for a user; their sessions end and their sockets close.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { resetPasswordInput } from '../../lib/userInputs';
import { announceRevocation } from '../../../auth/providers/sessions';
import { resetPassword as reset, userRow } from '../../providers/userAdmin';

export const resetPassword: NonNullable<MutationResolvers['resetPassword']> = async (
  _parent,
  { input },
  ctx,
) => {
  const userId = idOf('User', input.userId, 'userId');
  const done = await reset(ctx, { ...parseInput(resetPasswordInput, input), userId });
  // Live sockets of the ended sessions close at once, on every instance.
  await announceRevocation(ctx, { sessionIds: done.endedSessionIds });
  return userRow(ctx.prisma, done.userId);
};
