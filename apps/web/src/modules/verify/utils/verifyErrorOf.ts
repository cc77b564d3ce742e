// Turns a failed verify, bulk verify or reject into a message on the reason field or on the page;
// the API sends codes and rules, the catalog says it in words. In a bulk verification the API
// names the failing row (`items.<index>`): `codes` are the rows' indicator codes, in order.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { VerifyMessage } from '../types/VerifyMessage';
import { REJECTION_REASON_MAX_LENGTH } from './validateRejection';

const ROW = /^items\.(\d+)(?:\.|$)/;

/** The row the API names and its indicator code, if it names one we sent. */
function rowOf(field: string, codes: readonly string[]): { row: number; code: string } | null {
  const match = ROW.exec(field);
  if (!match) return null;
  const row = Number(match[1]);
  const code = codes[row];
  return code === undefined ? null : { row, code };
}

export function verifyErrorOf(error: unknown, codes: readonly string[] = []): VerifyMessage {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'verify.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions.code;
  const field = String(extensions.field ?? '');
  const named = rowOf(field, codes);
  if (code === 'CONFLICT')
    return named
      ? {
          field: 'form',
          key: 'verify.errors.bulkConflict',
          params: { code: named.code },
          reload: true,
          row: named.row,
        }
      : { field: 'form', key: 'verify.errors.conflict', reload: true };
  if (code === 'NOT_FOUND') return { field: 'form', key: 'verify.errors.gone', reload: true };
  if (code === 'BAD_USER_INPUT') {
    const rule = String(extensions.rule ?? 'invalid');
    if (field === 'reason')
      return rule === 'too_big'
        ? {
            field: 'reason',
            key: 'verify.errors.reasonTooLong',
            params: { max: REJECTION_REASON_MAX_LENGTH },
          }
        : { field: 'reason', key: 'verify.errors.reasonRequired' };
    // No longer submitted (verified or rejected by someone else, or withdrawn): the list is stale.
    if (rule === 'invalidTransition' || rule === 'notFound')
      return named
        ? {
            field: 'form',
            key: 'verify.errors.bulkGone',
            params: { code: named.code },
            reload: true,
            row: named.row,
          }
        : { field: 'form', key: 'verify.errors.gone', reload: true };
    return { field: 'form', key: 'verify.errors.invalid', params: { field } };
  }
  if (code === 'PERIOD_LOCKED')
    return named
      ? { field: 'form', key: 'verify.errors.bulkPeriodLocked', params: { code: named.code }, row: named.row }
      : { field: 'form', key: 'verify.errors.periodLocked' };
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return { field: 'form', key: 'verify.errors.forbidden' };
  if (code === 'RATE_LIMITED') return { field: 'form', key: 'verify.errors.rateLimited' };
  return { field: 'form', key: 'verify.errors.unknown' };
}
