// endSession: ends one of the viewer's own sessions; its sockets close on every instance.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { endSessionInput } from '../../lib/sessionInputs';
import { endOwnSession } from '../../providers/ownSessions';

export const endSession: NonNullable<MutationResolvers['endSession']> = async (_parent, { input }, ctx) => {
  const sessionId = idOf('Session', input.sessionId, 'sessionId');
  await endOwnSession(ctx, { ...parseInput(endSessionInput, input), sessionId });
  return true;
};
