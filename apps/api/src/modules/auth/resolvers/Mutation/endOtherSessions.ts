// endOtherSessions: ends every session of the viewer but the current one.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { endOtherSessionsInput } from '../../lib/sessionInputs';
import { endOtherOwnSessions } from '../../providers/ownSessions';

export const endOtherSessions: NonNullable<MutationResolvers['endOtherSessions']> = (
  _parent,
  { input },
  ctx,
) => endOtherOwnSessions(ctx, parseInput(endOtherSessionsInput, input ?? {}));
