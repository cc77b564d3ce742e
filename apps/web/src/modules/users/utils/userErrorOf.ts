// Turns the API's refusal of a user write into a message on the field it names
// (`extensions.field` and `rule`) or on the form; the catalog says it in words.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { UserMessage } from '../types/UserMessage';
import { PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from './validateNewUser';

function badInput(field: string, rule: string): UserMessage {
  switch (field) {
    case 'username':
      if (rule === 'unique') return { field, key: 'users.errors.usernameTaken' };
      if (rule === 'invalid_format') return { field, key: 'users.errors.usernameFormat' };
      return { field, key: 'users.errors.usernameLength', params: { min: USERNAME_MIN, max: USERNAME_MAX } };
    case 'displayName':
      return { field, key: 'users.errors.displayNameRequired' };
    case 'password':
    case 'newPassword':
      return { field, key: 'users.errors.passwordTooShort', params: { min: PASSWORD_MIN } };
    case 'role':
      return rule === 'unique'
        ? { field, key: 'users.errors.roleHeld' }
        : { field, key: 'users.errors.roleInvalid' };
    case 'scopeId':
      return { field, key: 'users.errors.scopeInvalid' };
    case 'roleAssignmentId':
      return rule === 'lastAdministrator'
        ? { field: 'form', key: 'users.errors.lastAdministrator' }
        : { field: 'form', key: 'users.errors.gone', reload: true };
    case 'userId':
      return { field: 'form', key: 'users.errors.gone', reload: true };
    default:
      return { field: 'form', key: 'users.errors.invalid', params: { field } };
  }
}

export function userErrorOf(error: unknown): UserMessage {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'users.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      return badInput(String(extensions.field ?? ''), String(extensions.rule ?? 'invalid'));
    case 'NOT_FOUND':
      return { field: 'form', key: 'users.errors.gone', reload: true };
    case 'FORBIDDEN':
      return { field: 'form', key: 'users.errors.forbidden' };
    case 'UNAUTHENTICATED':
      return { field: 'form', key: 'users.errors.session' };
    default:
      return { field: 'form', key: 'users.errors.unknown' };
  }
}
