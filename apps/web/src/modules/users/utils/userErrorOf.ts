// Turns the API's refusal of a user write into a message on the field it names
// (`extensions.field` and `rule`) or on the form; the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from './validateNewUser';

const GONE = { field: 'form', key: 'users.errors.gone', reload: true };
const PASSWORD = { '*': { key: 'users.errors.passwordTooShort', params: { min: PASSWORD_MIN } } };

const USER_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'users.errors.network',
    NOT_FOUND: GONE,
    FORBIDDEN: 'users.errors.forbidden',
    UNAUTHENTICATED: 'users.errors.session',
    unknown: 'users.errors.unknown',
  },
  fields: {
    username: {
      unique: 'users.errors.usernameTaken',
      invalid_format: 'users.errors.usernameFormat',
      '*': { key: 'users.errors.usernameLength', params: { min: USERNAME_MIN, max: USERNAME_MAX } },
    },
    displayName: { '*': 'users.errors.displayNameRequired' },
    password: PASSWORD,
    newPassword: PASSWORD,
    role: { unique: 'users.errors.roleHeld', '*': 'users.errors.roleInvalid' },
    scopeId: { '*': 'users.errors.scopeInvalid' },
    roleAssignmentId: {
      lastAdministrator: { field: 'form', key: 'users.errors.lastAdministrator' },
      '*': GONE,
    },
    userId: { self: { field: 'form', key: 'users.errors.disableSelf' }, '*': GONE },
  },
  invalid: 'users.errors.invalid',
};

export function userErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), USER_MESSAGES);
}
