// scoreboardChanged: deltas of a scope's scoreboard for a month, authorised here, then fed by the hub.
import type { SubscriptionResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { currentPeriod, periodInput } from '../../../../period';
import { readableScope } from '../../../org/providers/readableScope';
import { scoringSettingsOf } from '../../../settings/providers/tenantSettings';
import { liveOf } from '../../lib/liveOf';
import { scoreboardSource } from '../../providers/liveSources';

export const scoreboardChanged: NonNullable<SubscriptionResolvers['scoreboardChanged']> = {
  subscribe: async (_parent, args, ctx, info) => {
    const live = liveOf(ctx);
    const { scope } = await readableScope(ctx, args.scopeId);
    const tenantId = scope.type === 'Tenant' ? scope.row.id : scope.row.tenantId;
    const now = currentPeriod((await scoringSettingsOf(ctx.prisma, tenantId)).timeZone);
    const { year, month } = parseInput(periodInput, {
      year: args.year ?? now.year,
      month: args.month ?? now.month,
    });
    return live.hub.attach(
      `scoreboard/${scope.row.id}/${year}/${month}`,
      scope.row.id,
      () => scoreboardSource(ctx.prisma, scope, year, month),
      live.sink,
      info,
    );
  },
};
