// The live hub and this socket's sink, which only WebSocket operations have.
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../../context';

export function liveOf(ctx: GraphQLContext): NonNullable<GraphQLContext['live']> {
  if (!ctx.live)
    throw new GraphQLError('Subscriptions run over WebSocket', { extensions: { code: 'BAD_REQUEST' } });
  return ctx.live;
}
