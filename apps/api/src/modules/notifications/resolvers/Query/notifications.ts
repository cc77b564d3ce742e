// notifications: the viewer's newest notifications and unread count.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { inboxArgs } from '../../lib/notificationInputs';
import { viewerInbox } from '../../providers/inbox';

export const notifications: NonNullable<QueryResolvers['notifications']> = async (_parent, args, ctx) =>
  viewerInbox(ctx, parseInput(inboxArgs, args).first);
