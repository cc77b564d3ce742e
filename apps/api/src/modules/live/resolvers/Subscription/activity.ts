// activity: the live feed of changes inside a scope, authorised here, then fed by the hub.
import type { SubscriptionResolvers } from '../../../../generated/resolverTypes';
import { readableScope } from '../../../org/providers/readableScope';
import { liveOf } from '../../lib/liveOf';
import { activitySource } from '../../providers/liveSources';

export const activity: NonNullable<SubscriptionResolvers['activity']> = {
  subscribe: async (_parent, args, ctx, info) => {
    const live = liveOf(ctx);
    const { scope } = await readableScope(ctx, args.scopeId);
    return live.hub.attach(
      `activity/${scope.row.id}`,
      scope.row.id,
      () => activitySource(ctx.prisma, scope.row.id),
      live.sink,
      info,
    );
  },
};
