// confirmTotpSetup: a first code turns two-factor sign-in on; the recovery codes are answered once.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { confirmTotpInput } from '../../lib/sessionInputs';
import { confirmTotpSetup as confirm } from '../../providers/twoFactor';

export const confirmTotpSetup: NonNullable<MutationResolvers['confirmTotpSetup']> = (
  _parent,
  { input },
  ctx,
) => confirm(ctx, parseInput(confirmTotpInput, input));
