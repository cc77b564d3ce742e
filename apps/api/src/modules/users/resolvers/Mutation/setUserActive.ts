// setUserActive: an administrator disables (or re-enables) an account; disabling closes its sockets.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { announceRevocation } from '../../../auth/providers/sessions';
import { setUserActiveInput } from '../../lib/userInputs';
import { setUserActive as setActive, userRow } from '../../providers/userAdmin';

export const setUserActive: NonNullable<MutationResolvers['setUserActive']> = async (
  _parent,
  { input },
  ctx,
) => {
  const userId = idOf('User', input.userId, 'userId');
  const done = await setActive(ctx, { ...parseInput(setUserActiveInput, input), userId });
  if (!done.active) await announceRevocation(ctx, { sessionIds: done.endedSessionIds, userIds: [userId] });
  return userRow(ctx.prisma, done.userId);
};
