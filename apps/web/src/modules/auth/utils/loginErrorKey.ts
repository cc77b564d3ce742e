// Which catalog message explains a failed login (the API sends codes, never UI sentences).
import { CombinedGraphQLErrors } from '@apollo/client';

export function loginErrorKey(error: unknown): { key: string; params?: Record<string, unknown> } {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0]?.extensions;
    const code = first?.code;
    if (code === 'RATE_LIMITED') {
      const seconds = Number(first?.retryAfterSeconds ?? 60);
      return { key: 'login.errors.rateLimited', params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
    }
    if (code === 'BAD_USER_INPUT' && first?.field === 'username') return { key: 'login.errors.username' };
    if (code === 'BAD_USER_INPUT') return { key: 'login.errors.credentials' };
    return { key: 'login.errors.unknown' };
  }
  return { key: 'login.errors.network' };
}
