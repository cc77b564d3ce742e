// setMailAddress: where the viewer's notification e-mails go (empty: none).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { mailAddressInput } from '../../lib/notificationInputs';
import { setViewerMailAddress } from '../../providers/inbox';

export const setMailAddress: NonNullable<MutationResolvers['setMailAddress']> = async (
  _parent,
  { input },
  ctx,
) => setViewerMailAddress(ctx, parseInput(mailAddressInput, input));
