// logout: ends the current session; its token stops working and its sockets close.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { unauthenticated } from '../../../../errors';
import { SESSION_COOKIE } from '../../lib/tokens';
import { announceRevocation, revokeSession } from '../../providers/sessions';

export const logout: NonNullable<MutationResolvers['logout']> = async (_parent, _args, ctx) => {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  await revokeSession(ctx.prisma, ctx.viewer.sessionId);
  await announceRevocation(ctx, { sessionIds: [ctx.viewer.sessionId] });
  ctx.res?.clearCookie(SESSION_COOKIE, { path: '/' });
  return true;
};
