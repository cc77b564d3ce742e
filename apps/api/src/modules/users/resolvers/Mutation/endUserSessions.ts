// endUserSessions: an administrator ends every session of a user; their sockets close at once.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { announceRevocation } from '../../../auth/providers/sessions';
import { endUserSessionsInput } from '../../lib/userInputs';
import { endUserSessions as endAll, userRow } from '../../providers/userAdmin';

export const endUserSessions: NonNullable<MutationResolvers['endUserSessions']> = async (
  _parent,
  { input },
  ctx,
) => {
  const userId = idOf('User', input.userId, 'userId');
  const done = await endAll(ctx, { ...parseInput(endUserSessionsInput, input), userId });
  await announceRevocation(ctx, { sessionIds: done.endedSessionIds });
  return userRow(ctx.prisma, done.userId);
};
