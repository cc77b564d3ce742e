import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { loginErrorKey } from '../loginErrorKey';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('loginErrorKey', () => {
  it('asks for the second factor when the API does, and says why a code was refused', () => {
    expect(loginErrorKey(apiError({ code: 'BAD_USER_INPUT', field: 'totpCode', rule: 'required' }))).toEqual({
      key: 'login.errors.totpRequired',
      asksCode: true,
    });
    expect(loginErrorKey(apiError({ code: 'BAD_USER_INPUT', field: 'totpCode', rule: 'reused' }))).toEqual({
      key: 'login.errors.totpReused',
      asksCode: true,
    });
    expect(
      loginErrorKey(apiError({ code: 'BAD_USER_INPUT', field: 'recoveryCode', rule: 'invalid' })),
    ).toEqual({
      key: 'login.errors.recoveryInvalid',
      asksCode: true,
    });
  });

  it('explains a tenant’s requirement without asking for a code the user does not have', () => {
    expect(
      loginErrorKey(apiError({ code: 'BAD_USER_INPUT', field: 'totpCode', rule: 'setupRequired' })),
    ).toEqual({ key: 'login.errors.totpSetupRequired', asksCode: false });
  });

  it('keeps the password and limit messages', () => {
    expect(
      loginErrorKey(apiError({ code: 'BAD_USER_INPUT', field: 'password', rule: 'credentials' })),
    ).toEqual({
      key: 'login.errors.credentials',
    });
    expect(loginErrorKey(apiError({ code: 'RATE_LIMITED', retryAfterSeconds: 120 }))).toEqual({
      key: 'login.errors.rateLimited',
      params: { minutes: 2 },
    });
  });
});
