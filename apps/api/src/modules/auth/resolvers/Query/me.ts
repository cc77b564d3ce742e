// me: the signed-in user; null for anonymous callers and wall devices.
import type { QueryResolvers } from '../../../../generated/resolverTypes';
import { signedInUser } from '../../providers/sessions';

export const me: NonNullable<QueryResolvers['me']> = (_parent, _args, ctx) =>
  signedInUser(ctx.prisma, ctx.viewer);
