// Checks the reason for locking or unlocking a month with the API's rule (trimmed, 1–1,000
// characters); the API accepts no reason at all, but the page asks for one so the audit log says why.
import type { FieldError } from '../../../ui/form/FieldError';

export const LOCK_REASON_MAX_LENGTH = 1000;

export function validateLockReason(text: string): { errors: FieldError[]; reason: string | null } {
  const reason = text.trim();
  if (reason === '')
    return { errors: [{ field: 'reason', key: 'periods.errors.reasonRequired' }], reason: null };
  if (reason.length > LOCK_REASON_MAX_LENGTH)
    return {
      errors: [
        { field: 'reason', key: 'periods.errors.reasonTooLong', params: { max: LOCK_REASON_MAX_LENGTH } },
      ],
      reason: null,
    };
  return { errors: [], reason };
}
