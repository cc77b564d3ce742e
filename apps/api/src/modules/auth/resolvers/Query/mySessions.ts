// mySessions: the viewer's live sessions, the one asking marked current.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { unauthenticated } from '../../../../errors';
import { liveSessionsOf } from '../../providers/ownSessions';

export const mySessions: NonNullable<QueryResolvers['mySessions']> = async (_parent, _args, ctx) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  const current = ctx.viewer.sessionId;
  return (await liveSessionsOf(ctx)).map((s) => ({ ...s, current: s.id === current }));
};
