import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../userErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('userErrorOf', () => {
  it('puts a refused field next to that field', () => {
    expect(userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'username', rule: 'unique' }))).toEqual({
      field: 'username',
      key: 'users.errors.usernameTaken',
    });
    expect(userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'password', rule: 'too_small' }))).toEqual({
      field: 'password',
      key: 'users.errors.passwordTooShort',
      params: { min: 10 },
    });
    expect(userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'scopeId', rule: 'notFound' }))).toEqual({
      field: 'scopeId',
      key: 'users.errors.scopeInvalid',
    });
  });

  it('says why nobody disables their own account', () => {
    expect(userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'userId', rule: 'self' }))).toEqual({
      field: 'form',
      key: 'users.errors.disableSelf',
    });
  });

  it('says why the last administrator role stays', () => {
    expect(
      userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'roleAssignmentId', rule: 'lastAdministrator' })),
    ).toEqual({ field: 'form', key: 'users.errors.lastAdministrator' });
  });

  it('maps codes and network failures onto the form', () => {
    expect(userErrorOf(apiError({ code: 'FORBIDDEN' }))).toEqual({
      field: 'form',
      key: 'users.errors.forbidden',
    });
    expect(userErrorOf(new Error('offline'))).toEqual({ field: 'form', key: 'users.errors.network' });
    expect(userErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'userId', rule: 'notFound' }))).toEqual({
      field: 'form',
      key: 'users.errors.gone',
      reload: true,
    });
  });
});
