// markNotificationsRead: the viewer marks some (or all) of their notifications read.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { markReadInput } from '../../lib/notificationInputs';
import { markViewerRead } from '../../providers/inbox';

export const markNotificationsRead: NonNullable<MutationResolvers['markNotificationsRead']> = async (
  _parent,
  { input },
  ctx,
) => {
  const parsed = parseInput(markReadInput, input);
  const ids = parsed.ids ? parsed.ids.map((id, i) => idOf('Notification', id, `ids.${i}`)) : null;
  return markViewerRead(ctx, { ids, clientMutationId: parsed.clientMutationId });
};
