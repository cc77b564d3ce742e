// setNotificationPreference: in the app only, by e-mail, or in a daily digest, per kind.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { preferenceInput } from '../../lib/notificationInputs';
import { setViewerPreference } from '../../providers/inbox';

export const setNotificationPreference: NonNullable<MutationResolvers['setNotificationPreference']> = async (
  _parent,
  { input },
  ctx,
) => setViewerPreference(ctx, parseInput(preferenceInput, input));
