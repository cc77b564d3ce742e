import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { periodLockErrorOf } from '../periodLockErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('periodLockErrorOf', () => {
  it('puts a bad reason next to the reason field', () => {
    expect(
      periodLockErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'too_small' })),
    ).toEqual({
      field: 'reason',
      key: 'periods.errors.reasonRequired',
    });
    expect(periodLockErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'reason', rule: 'too_big' }))).toEqual(
      {
        field: 'reason',
        key: 'periods.errors.reasonTooLong',
        params: { max: 1000 },
      },
    );
  });

  it('puts other bad input on the form, naming the field', () => {
    expect(periodLockErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'month', rule: 'too_big' }))).toEqual({
      field: 'form',
      key: 'periods.errors.invalid',
      params: { field: 'month' },
    });
  });

  it('says when the viewer may not lock, the tenant is gone or the session ended', () => {
    expect(periodLockErrorOf(apiError({ code: 'FORBIDDEN' }))).toEqual({
      field: 'form',
      key: 'periods.errors.forbidden',
    });
    expect(periodLockErrorOf(apiError({ code: 'NOT_FOUND' })).key).toBe('periods.errors.notFound');
    expect(periodLockErrorOf(apiError({ code: 'UNAUTHENTICATED' })).key).toBe('periods.errors.session');
    expect(periodLockErrorOf(apiError({ code: 'INTERNAL_SERVER_ERROR' })).key).toBe('periods.errors.unknown');
  });

  it('treats anything but a GraphQL answer as a network problem', () => {
    expect(periodLockErrorOf(new TypeError('Failed to fetch'))).toEqual({
      field: 'form',
      key: 'periods.errors.network',
    });
  });
});
