// Turns a failed verify, bulk verify or reject into a message on the reason field or on the page;
// the API sends codes and rules, the catalog says it in words. In a bulk verification the API
// names the failing row (`items.<index>`): `codes` are the rows' indicator codes, in order.
import type { ApiError } from '../../../ui/form/ApiError';
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { VerifyMessage } from '../types/VerifyMessage';
import { REJECTION_REASON_MAX_LENGTH } from './validateRejection';

const GONE = { field: 'form', key: 'verify.errors.gone', reload: true };

const VERIFY_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'verify.errors.network',
    CONFLICT: { key: 'verify.errors.conflict', reload: true },
    NOT_FOUND: GONE,
    PERIOD_LOCKED: 'verify.errors.periodLocked',
    FORBIDDEN: 'verify.errors.forbidden',
    UNAUTHENTICATED: 'verify.errors.forbidden',
    RATE_LIMITED: 'verify.errors.rateLimited',
    unknown: 'verify.errors.unknown',
  },
  fields: {
    reason: {
      too_big: { key: 'verify.errors.reasonTooLong', params: { max: REJECTION_REASON_MAX_LENGTH } },
      '*': 'verify.errors.reasonRequired',
    },
    // No longer submitted (verified or rejected by someone else, or withdrawn): the list is stale.
    '*': {
      invalidTransition: GONE,
      notFound: GONE,
      // Whoever submitted a value never verifies or rejects it (separation of duties).
      ownSubmission: { field: 'form', key: 'verify.errors.ownSubmission' },
    },
  },
  invalid: 'verify.errors.invalid',
};

const ROW = /^items\.(\d+)(?:\.|$)/;

/** The row the API names and its indicator code, if it names one we sent. */
function rowOf(field: string, codes: readonly string[]): { row: number; code: string } | null {
  const match = ROW.exec(field);
  if (!match) return null;
  const row = Number(match[1]);
  const code = codes[row];
  return code === undefined ? null : { row, code };
}

/** The refusals a bulk verification can pin on one row, said with the row's indicator code. */
function bulkKeyOf({ code, rule }: ApiError): string | null {
  if (code === 'CONFLICT') return 'verify.errors.bulkConflict';
  if (code === 'PERIOD_LOCKED') return 'verify.errors.bulkPeriodLocked';
  if (code === 'BAD_USER_INPUT' && rule === 'ownSubmission') return 'verify.errors.bulkOwnSubmission';
  const stale = code === 'BAD_USER_INPUT' && (rule === 'invalidTransition' || rule === 'notFound');
  return stale ? 'verify.errors.bulkGone' : null;
}

export function verifyErrorOf(error: unknown, codes: readonly string[] = []): VerifyMessage {
  const refusal = apiErrorOf(error);
  const message = apiMessageOf(refusal, VERIFY_MESSAGES);
  const named = rowOf(refusal.field, codes);
  const bulkKey = named && bulkKeyOf(refusal);
  return named && bulkKey
    ? { ...message, key: bulkKey, params: { code: named.code }, row: named.row }
    : message;
}
