import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { verifyErrorOf } from '../verifyErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('verifyErrorOf', () => {
  it('puts a bad reason next to the reason field', () => {
    expect(verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'too_small' }))).toEqual({
      field: 'reason',
      key: 'verify.errors.reasonRequired',
    });
    expect(verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'required' }))).toEqual({
      field: 'reason',
      key: 'verify.errors.reasonRequired',
    });
    expect(verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'too_big' }))).toEqual({
      field: 'reason',
      key: 'verify.errors.reasonTooLong',
      params: { max: 1000 },
    });
  });

  it('asks for a reload on a stale version', () => {
    expect(verifyErrorOf(apiError({ code: 'CONFLICT', currentVersion: 3 }))).toEqual({
      field: 'form',
      key: 'verify.errors.conflict',
      reload: true,
    });
  });

  it('names the stale row of a bulk verification', () => {
    const codes = ['IKU-1', 'IKU-2', 'IKU-3'];
    expect(verifyErrorOf(apiError({ code: 'CONFLICT', field: 'items.1' }), codes)).toEqual({
      field: 'form',
      key: 'verify.errors.bulkConflict',
      params: { code: 'IKU-2' },
      reload: true,
      row: 1,
    });
    expect(
      verifyErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'items.2.measurementId', rule: 'invalidTransition' }),
        codes,
      ),
    ).toEqual({
      field: 'form',
      key: 'verify.errors.bulkGone',
      params: { code: 'IKU-3' },
      reload: true,
      row: 2,
    });
    expect(verifyErrorOf(apiError({ code: 'PERIOD_LOCKED', field: 'items.0' }), codes)).toEqual({
      field: 'form',
      key: 'verify.errors.bulkPeriodLocked',
      params: { code: 'IKU-1' },
      row: 0,
    });
  });

  it('says the value is their own submission, alone or in a batch', () => {
    expect(
      verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'measurementId', rule: 'ownSubmission' })),
    ).toEqual({ field: 'form', key: 'verify.errors.ownSubmission' });
    expect(
      verifyErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'items.1.measurementId', rule: 'ownSubmission' }),
        ['IKU-1', 'IKU-2'],
      ),
    ).toEqual({ field: 'form', key: 'verify.errors.bulkOwnSubmission', params: { code: 'IKU-2' }, row: 1 });
  });

  it('falls back to the plain message when the row is unknown', () => {
    expect(verifyErrorOf(apiError({ code: 'CONFLICT', field: 'items.7' }), ['IKU-1'])).toEqual({
      field: 'form',
      key: 'verify.errors.conflict',
      reload: true,
    });
  });

  it('treats a value no longer submitted as gone from the queue', () => {
    expect(
      verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'measurementId', rule: 'invalidTransition' })),
    ).toEqual({ field: 'form', key: 'verify.errors.gone', reload: true });
    expect(verifyErrorOf(apiError({ code: 'NOT_FOUND' }))).toEqual({
      field: 'form',
      key: 'verify.errors.gone',
      reload: true,
    });
  });

  it('puts other problems on the page', () => {
    expect(verifyErrorOf(apiError({ code: 'FORBIDDEN' }))).toEqual({
      field: 'form',
      key: 'verify.errors.forbidden',
    });
    expect(verifyErrorOf(apiError({ code: 'UNAUTHENTICATED' })).key).toBe('verify.errors.forbidden');
    expect(verifyErrorOf(apiError({ code: 'PERIOD_LOCKED', year: 2026, month: 3 })).key).toBe(
      'verify.errors.periodLocked',
    );
    expect(verifyErrorOf(apiError({ code: 'RATE_LIMITED' })).key).toBe('verify.errors.rateLimited');
    expect(verifyErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'items', rule: 'too_big' }))).toEqual({
      field: 'form',
      key: 'verify.errors.invalid',
      params: { field: 'items' },
    });
    expect(verifyErrorOf(apiError({ code: 'INTERNAL_SERVER_ERROR' })).key).toBe('verify.errors.unknown');
    expect(verifyErrorOf(new TypeError('Failed to fetch'))).toEqual({
      field: 'form',
      key: 'verify.errors.network',
    });
  });
});
