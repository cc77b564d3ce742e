// login: a session for a username and password, as a token and an HTTP-only cookie.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { loginInput } from '../../lib/loginInput';
import { SESSION_COOKIE } from '../../lib/tokens';
import { login as authenticate } from '../../providers/login';

export const login: NonNullable<MutationResolvers['login']> = async (_parent, args, ctx) => {
  const { username, password, totpCode, recoveryCode } = parseInput(loginInput, args);
  const { user, token, expiresAt } = await authenticate(ctx, username, password, { totpCode, recoveryCode });
  ctx.res?.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.env === 'production',
    path: '/',
    expires: expiresAt,
  });
  return { token, expiresAt: expiresAt.toISOString(), user };
};
