// Subscriptions: authorised here, then handed to the live hub, which writes the frames.
import { GraphQLError } from 'graphql';
import type { Resolvers } from '../../generated/resolvers';
import { fromZodError } from '../../errors';
import { currentPeriod, periodInput } from '../../period';
import { readableScope } from '../scoreboard/resolvers';
import { scoringSettingsFromRow } from '../settings/lib/scoringSettings';
import type { GraphQLContext } from '../../context';
import { activitySource, scoreboardSource } from './providers/liveSources';

function liveOf(ctx: GraphQLContext) {
  if (!ctx.live)
    throw new GraphQLError('Subscriptions run over WebSocket', { extensions: { code: 'BAD_REQUEST' } });
  return ctx.live;
}

export const liveResolvers: Resolvers = {
  Subscription: {
    scoreboardChanged: {
      subscribe: async (_, args, ctx, info) => {
        const live = liveOf(ctx);
        const { scope } = await readableScope(ctx, args.scopeId);
        const tenantId = scope.type === 'Tenant' ? scope.row.id : scope.row.tenantId;
        const settings = scoringSettingsFromRow(
          await ctx.prisma.tenantSettings.findUnique({ where: { tenantId } }),
        );
        const now = currentPeriod(settings.timeZone);
        const period = periodInput.safeParse({ year: args.year ?? now.year, month: args.month ?? now.month });
        if (!period.success) throw fromZodError(period.error);
        const { year, month } = period.data;
        return live.hub.attach(
          `scoreboard/${scope.row.id}/${year}/${month}`,
          scope.row.id,
          () => scoreboardSource(ctx.prisma, scope, year, month),
          live.sink,
          {
            operation: info.operation,
            fragments: info.fragments,
            variableValues: info.variableValues,
            fieldName: info.fieldName,
          },
        );
      },
    },
    activity: {
      subscribe: async (_, args, ctx, info) => {
        const live = liveOf(ctx);
        const { scope } = await readableScope(ctx, args.scopeId);
        return live.hub.attach(
          `activity/${scope.row.id}`,
          scope.row.id,
          () => activitySource(ctx.prisma, scope.row.id),
          live.sink,
          {
            operation: info.operation,
            fragments: info.fragments,
            variableValues: info.variableValues,
            fieldName: info.fieldName,
          },
        );
      },
    },
  },
};
