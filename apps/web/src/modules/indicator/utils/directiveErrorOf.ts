// Turns a failed createDirective into a message on the field the API named (`extensions.field`),
// or on the form as a whole; the API sends codes and rules, the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FieldError } from '../../../ui/form/FieldError';

const CONTENT_MAX = { max: 4000 };

const DIRECTIVE_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'directive.errors.network',
    FORBIDDEN: 'directive.errors.forbidden',
    UNAUTHENTICATED: 'directive.errors.forbidden',
    RATE_LIMITED: 'directive.errors.rateLimited',
    unknown: 'directive.errors.unknown',
  },
  fields: {
    content: {
      too_big: { key: 'directive.errors.contentTooLong', params: CONTENT_MAX },
      '*': { key: 'directive.errors.contentRequired', params: CONTENT_MAX },
    },
    dueDate: { '*': 'directive.errors.dueDateInvalid' },
  },
  invalid: 'directive.errors.invalid',
};

export function directiveErrorOf(error: unknown): FieldError {
  return apiMessageOf(apiErrorOf(error), DIRECTIVE_MESSAGES);
}
