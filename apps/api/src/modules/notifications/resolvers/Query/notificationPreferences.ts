// notificationPreferences: how the viewer receives each kind of notification.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { viewerPreferences } from '../../providers/inbox';

export const notificationPreferences: NonNullable<QueryResolvers['notificationPreferences']> = async (
  _parent,
  _args,
  ctx,
) => viewerPreferences(ctx);
