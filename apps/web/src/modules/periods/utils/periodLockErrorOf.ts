// Turns the API's refusal of a lock or unlock into a message next to the reason field (by
// `extensions.field` and `rule`) or on the month's form; the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FieldError } from '../../../ui/form/FieldError';
import { LOCK_REASON_MAX_LENGTH } from './validateLockReason';

const PERIOD_LOCK_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'periods.errors.network',
    FORBIDDEN: 'periods.errors.forbidden',
    NOT_FOUND: 'periods.errors.notFound',
    UNAUTHENTICATED: 'periods.errors.session',
    unknown: 'periods.errors.unknown',
  },
  fields: {
    reason: {
      too_big: { key: 'periods.errors.reasonTooLong', params: { max: LOCK_REASON_MAX_LENGTH } },
      too_small: 'periods.errors.reasonRequired',
      invalid_type: 'periods.errors.reasonRequired',
    },
  },
  invalid: 'periods.errors.invalid',
};

export function periodLockErrorOf(error: unknown): FieldError {
  return apiMessageOf(apiErrorOf(error), PERIOD_LOCK_MESSAGES);
}
