// A refused SKP write as a message on the field the API named, or on the form.
import type { ApiMessages, RuleMessage } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';

/** A text over the API's limit, next to its field with the limit. */
export const tooLongRule: RuleMessage = (refusal, field) => ({
  field,
  key: 'skp.errors.tooLong',
  params: { max: refusal.params.maximum },
});

const SKP_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'skp.errors.network',
    FORBIDDEN: 'skp.errors.forbidden',
    UNAUTHENTICATED: 'skp.errors.forbidden',
    unknown: 'skp.errors.unknown',
  },
  fields: {
    year: { outsidePlan: 'skp.errors.outsidePlan', unique: 'skp.errors.planExists' },
    '*': {
      invalid_value: 'skp.errors.ratingRequired',
      too_big: tooLongRule,
    },
  },
  fieldOf: (apiField) => apiField.replace(/^behaviours\.(\d+)\.(rating|feedback)$/, 'behaviours.$1.$2'),
  invalid: 'skp.errors.invalid',
};

export function skpErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), SKP_MESSAGES);
}
