// Turns the API's refusal of a lock or unlock into a message next to the reason field (by
// `extensions.field` and `rule`) or on the month's form; the catalog says it in words.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldError } from '../../../ui/form/FieldError';
import { LOCK_REASON_MAX_LENGTH } from './validateLockReason';

export function periodLockErrorOf(error: unknown): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'periods.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  const field = String(extensions.field ?? '');
  const rule = String(extensions.rule ?? 'invalid');
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      if (field === 'reason') {
        if (rule === 'too_big')
          return { field, key: 'periods.errors.reasonTooLong', params: { max: LOCK_REASON_MAX_LENGTH } };
        if (rule === 'too_small' || rule === 'invalid_type')
          return { field, key: 'periods.errors.reasonRequired' };
      }
      return { field: 'form', key: 'periods.errors.invalid', params: { field: field || 'input' } };
    case 'FORBIDDEN':
      return { field: 'form', key: 'periods.errors.forbidden' };
    case 'NOT_FOUND':
      return { field: 'form', key: 'periods.errors.notFound' };
    case 'UNAUTHENTICATED':
      return { field: 'form', key: 'periods.errors.session' };
    default:
      return { field: 'form', key: 'periods.errors.unknown' };
  }
}
