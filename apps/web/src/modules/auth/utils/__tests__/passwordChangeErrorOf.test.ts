import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { passwordChangeErrorOf } from '../passwordChangeErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('passwordChangeErrorOf', () => {
  it('says a wrong current password next to that field', () => {
    expect(
      passwordChangeErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'currentPassword', rule: 'incorrect' }),
      ),
    ).toEqual({ field: 'currentPassword', key: 'account.password.errors.incorrect' });
  });

  it('says which strength rule the new password broke, with its limit', () => {
    expect(
      passwordChangeErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'newPassword', rule: 'tooShort', params: { min: 12 } }),
      ),
    ).toEqual({ field: 'newPassword', key: 'account.password.errors.tooShort', params: { min: 12 } });
    expect(
      passwordChangeErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'newPassword', rule: 'guessable', params: { score: 1 } }),
      ),
    ).toEqual({ field: 'newPassword', key: 'account.password.errors.guessable' });
    expect(
      passwordChangeErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'newPassword', rule: 'containsUsername' }),
      ),
    ).toEqual({ field: 'newPassword', key: 'account.password.errors.containsUsername' });
  });

  it('puts codes and network failures on the form', () => {
    expect(passwordChangeErrorOf(apiError({ code: 'RATE_LIMITED', retryAfterSeconds: 60 }))).toEqual({
      field: 'form',
      key: 'account.password.errors.rateLimited',
    });
    expect(passwordChangeErrorOf(new Error('offline'))).toEqual({
      field: 'form',
      key: 'account.password.errors.network',
    });
  });
});
