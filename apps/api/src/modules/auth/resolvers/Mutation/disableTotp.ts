// disableTotp: the viewer turns two-factor sign-in off, proven by the password.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { disableTotpInput } from '../../lib/sessionInputs';
import { disableTotp as disable } from '../../providers/twoFactor';

export const disableTotp: NonNullable<MutationResolvers['disableTotp']> = async (_parent, { input }, ctx) => {
  await disable(ctx, parseInput(disableTotpInput, input));
  return true;
};
