// User.email: a personal address, shown to the user themselves only (null to anyone else).
import type { UserResolvers } from '../../../generated/resolverTypes';

export const User: Pick<UserResolvers, 'email' | '__isTypeOf'> = {
  email: (user, _args, ctx) =>
    ctx.viewer.kind === 'user' && ctx.viewer.userId === user.id ? user.email : null,
};
