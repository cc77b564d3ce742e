// notificationBell: the viewer's unread count and newest notification, at once and on each new one.
import type { SubscriptionResolvers } from '../../../../generated/resolverTypes';
import { liveOf } from '../../../live/lib/liveOf';
import { inboxOwner } from '../../providers/inbox';
import { bellRings } from '../../providers/notificationBell';
import { inboxOf } from '../../providers/notificationStore';

export const notificationBell: NonNullable<SubscriptionResolvers['notificationBell']> = {
  subscribe: (_parent, _args, ctx) => {
    liveOf(ctx);
    const { userId } = inboxOwner(ctx);
    return bellRings(ctx.bus, userId, async () => {
      const { unreadCount, items } = await inboxOf(ctx.prisma, userId, 1);
      return { notificationBell: { unreadCount, latest: items[0] ?? null } };
    });
  },
};
