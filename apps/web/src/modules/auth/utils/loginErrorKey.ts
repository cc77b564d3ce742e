// Which catalog message explains a failed login (the API sends codes, never UI sentences).
import { apiErrorOf } from '../../../ui/form/apiErrorOf';

export function loginErrorKey(error: unknown): { key: string; params?: Record<string, unknown> } {
  const { code, field, params } = apiErrorOf(error);
  if (code === 'NETWORK') return { key: 'login.errors.network' };
  if (code === 'RATE_LIMITED') {
    const seconds = Number(params.retryAfterSeconds ?? 60);
    return { key: 'login.errors.rateLimited', params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  if (code === 'BAD_USER_INPUT' && field === 'username') return { key: 'login.errors.username' };
  if (code === 'BAD_USER_INPUT') return { key: 'login.errors.credentials' };
  return { key: 'login.errors.unknown' };
}
