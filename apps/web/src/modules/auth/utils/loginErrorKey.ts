// Which catalog message explains a failed login (the API sends codes, never UI sentences), and
// whether the API asks for the second factor (the form then shows the code field).
import { apiErrorOf } from '../../../ui/form/apiErrorOf';

const SECOND_FACTOR: Record<string, string> = {
  'totpCode/required': 'login.errors.totpRequired',
  'totpCode/invalid': 'login.errors.totpInvalid',
  'totpCode/reused': 'login.errors.totpReused',
  'totpCode/setupRequired': 'login.errors.totpSetupRequired',
  'recoveryCode/invalid': 'login.errors.recoveryInvalid',
};

export function loginErrorKey(error: unknown): {
  key: string;
  params?: Record<string, unknown>;
  asksCode?: boolean;
} {
  const { code, field, rule, params } = apiErrorOf(error);
  if (code === 'NETWORK') return { key: 'login.errors.network' };
  if (code === 'RATE_LIMITED') {
    const seconds = Number(params.retryAfterSeconds ?? 60);
    return { key: 'login.errors.rateLimited', params: { minutes: Math.max(1, Math.ceil(seconds / 60)) } };
  }
  const secondFactor = SECOND_FACTOR[`${field}/${rule}`];
  if (code === 'BAD_USER_INPUT' && secondFactor)
    return { key: secondFactor, asksCode: rule !== 'setupRequired' };
  if (code === 'BAD_USER_INPUT' && field === 'username') return { key: 'login.errors.username' };
  if (code === 'BAD_USER_INPUT') return { key: 'login.errors.credentials' };
  return { key: 'login.errors.unknown' };
}
