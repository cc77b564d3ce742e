import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { apiErrorOf } from '../apiErrorOf';

const apiError = (...extensions: Record<string, unknown>[]) =>
  new CombinedGraphQLErrors({ errors: extensions.map((e) => ({ message: 'x', extensions: e })) });

describe('apiErrorOf', () => {
  it('reads a bad input: the field, the rule and its parameters', () => {
    expect(
      apiErrorOf(
        apiError({ code: 'BAD_USER_INPUT', field: 'name', rule: 'too_big', params: { maximum: 300 } }),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'name', rule: 'too_big', params: { maximum: 300 } });
  });

  it('reads the first error only', () => {
    expect(apiErrorOf(apiError({ code: 'FORBIDDEN' }, { code: 'NOT_FOUND' })).code).toBe('FORBIDDEN');
  });

  it('keeps the other extensions of a conflict or a rate limit as its parameters', () => {
    expect(apiErrorOf(apiError({ code: 'CONFLICT', field: 'items.1', currentVersion: 3 }))).toEqual({
      code: 'CONFLICT',
      field: 'items.1',
      rule: 'invalid',
      params: { currentVersion: 3 },
    });
    expect(apiErrorOf(apiError({ code: 'RATE_LIMITED', retryAfterSeconds: 90 })).params).toEqual({
      retryAfterSeconds: 90,
    });
  });

  it('fills in what the API left out', () => {
    expect(apiErrorOf(apiError({ code: 'BAD_USER_INPUT', params: 'odd' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: '',
      rule: 'invalid',
      params: {},
    });
    expect(apiErrorOf(apiError({}))).toEqual({ code: '', field: '', rule: 'invalid', params: {} });
    expect(apiErrorOf(new CombinedGraphQLErrors({ errors: [] })).code).toBe('');
  });

  it('treats anything but a GraphQL answer as a network problem', () => {
    const network = { code: 'NETWORK', field: '', rule: 'invalid', params: {} };
    expect(apiErrorOf(new TypeError('Failed to fetch'))).toEqual(network);
    expect(apiErrorOf(undefined)).toEqual(network);
  });
});
