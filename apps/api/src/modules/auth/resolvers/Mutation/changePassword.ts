// changePassword: a new password for the viewer, proven by the current one; other sessions end.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { changePasswordInput } from '../../lib/sessionInputs';
import { changeOwnPassword } from '../../providers/changePassword';

export const changePassword: NonNullable<MutationResolvers['changePassword']> = (_parent, { input }, ctx) =>
  changeOwnPassword(ctx, parseInput(changePasswordInput, input));
