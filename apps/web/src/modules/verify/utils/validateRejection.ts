// Checks a rejection reason before it is sent, with the API's rule: 1–1000 characters after
// trimming.
import type { VerifyMessage } from '../types/VerifyMessage';

export const REJECTION_REASON_MAX_LENGTH = 1000;

/** The reason's problem, or null when it may be sent. */
export function validateRejection(reason: string): VerifyMessage | null {
  const text = reason.trim();
  if (text.length === 0) return { field: 'reason', key: 'verify.errors.reasonRequired' };
  if (text.length > REJECTION_REASON_MAX_LENGTH)
    return {
      field: 'reason',
      key: 'verify.errors.reasonTooLong',
      params: { max: REJECTION_REASON_MAX_LENGTH },
    };
  return null;
}
