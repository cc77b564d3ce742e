// Checks a new account before it is sent, with the API's rules: a username of 3–64 characters
// from a–z, 0–9, dot, underscore and hyphen; a display name; a password of at least 10 characters;
// a scope for the first role.
import type { FormMessage } from '../../../ui/form/FormMessage';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 64;
export const PASSWORD_MIN = 10;

export interface NewUserDraft {
  username: string;
  displayName: string;
  password: string;
  scopeId: string;
}

export function validatePassword(password: string, field = 'password'): FormMessage[] {
  if (!password) return [{ field, key: 'users.errors.passwordRequired' }];
  if (password.length < PASSWORD_MIN)
    return [{ field, key: 'users.errors.passwordTooShort', params: { min: PASSWORD_MIN } }];
  return [];
}

export function validateNewUser(draft: NewUserDraft): FormMessage[] {
  const errors: FormMessage[] = [];
  const username = draft.username.trim();
  if (!username) errors.push({ field: 'username', key: 'users.errors.usernameRequired' });
  else if (username.length < USERNAME_MIN || username.length > USERNAME_MAX)
    errors.push({
      field: 'username',
      key: 'users.errors.usernameLength',
      params: { min: USERNAME_MIN, max: USERNAME_MAX },
    });
  else if (!/^[a-z0-9._-]+$/.test(username))
    errors.push({ field: 'username', key: 'users.errors.usernameFormat' });
  if (!draft.displayName.trim())
    errors.push({ field: 'displayName', key: 'users.errors.displayNameRequired' });
  errors.push(...validatePassword(draft.password));
  if (!draft.scopeId) errors.push({ field: 'scopeId', key: 'users.errors.scopeInvalid' });
  return errors;
}
