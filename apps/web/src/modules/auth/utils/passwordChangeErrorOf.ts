// Turns the API's refusal of a password change into a message on the field it names: the current
// password (wrong, or missing) or the new one (the strength rule it broke), else on the form.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';

const PASSWORD_CHANGE_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'account.password.errors.network',
    RATE_LIMITED: 'account.password.errors.rateLimited',
    UNAUTHENTICATED: 'account.password.errors.session',
    unknown: 'account.password.errors.unknown',
  },
  fields: {
    currentPassword: {
      incorrect: 'account.password.errors.incorrect',
      '*': 'account.password.errors.currentRequired',
    },
    newPassword: {
      tooShort: (refusal, field) => ({
        field,
        key: 'account.password.errors.tooShort',
        params: { min: refusal.params.min },
      }),
      tooLong: 'account.password.errors.tooLong',
      containsUsername: 'account.password.errors.containsUsername',
      guessable: 'account.password.errors.guessable',
      unchanged: 'account.password.errors.unchanged',
      '*': 'account.password.errors.newRequired',
    },
  },
  invalid: 'account.password.errors.unknown',
};

export function passwordChangeErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), PASSWORD_CHANGE_MESSAGES);
}
