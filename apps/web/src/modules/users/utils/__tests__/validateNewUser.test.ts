import { describe, expect, it } from 'vitest';
import { validateNewUser, validatePassword } from '../validateNewUser';

const draft = {
  username: 'operator-dikes-2',
  displayName: 'Operator Dikes',
  password: 'rahasia-panjang',
  scopeId: 'OrgUnit:1',
};

describe('validateNewUser', () => {
  it('accepts a complete account', () => {
    expect(validateNewUser(draft)).toEqual([]);
  });

  it('names each field that breaks a rule', () => {
    expect(validateNewUser({ username: '', displayName: ' ', password: '', scopeId: '' })).toEqual([
      { field: 'username', key: 'users.errors.usernameRequired' },
      { field: 'displayName', key: 'users.errors.displayNameRequired' },
      { field: 'password', key: 'users.errors.passwordRequired' },
      { field: 'scopeId', key: 'users.errors.scopeInvalid' },
    ]);
  });

  it('checks the username length and characters', () => {
    expect(validateNewUser({ ...draft, username: 'ab' })[0]).toMatchObject({
      key: 'users.errors.usernameLength',
      params: { min: 3, max: 64 },
    });
    expect(validateNewUser({ ...draft, username: 'x'.repeat(65) })[0]?.key).toBe(
      'users.errors.usernameLength',
    );
    expect(validateNewUser({ ...draft, username: 'Operator Dikes' })[0]?.key).toBe(
      'users.errors.usernameFormat',
    );
  });

  it('wants a password of at least 10 characters', () => {
    expect(validatePassword('123456789')).toEqual([
      { field: 'password', key: 'users.errors.passwordTooShort', params: { min: 10 } },
    ]);
    expect(validatePassword('1234567890')).toEqual([]);
    expect(validatePassword('', 'newPassword')).toEqual([
      { field: 'newPassword', key: 'users.errors.passwordRequired' },
    ]);
  });
});
