import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { directiveErrorOf } from '../directiveErrorOf';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('directiveErrorOf', () => {
  it('puts a bad input next to the field the API names', () => {
    expect(
      directiveErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'content', rule: 'too_small' })),
    ).toEqual({ field: 'content', key: 'directive.errors.contentRequired', params: { max: 4000 } });
    expect(
      directiveErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'dueDate', rule: 'invalid_format' })),
    ).toEqual({ field: 'dueDate', key: 'directive.errors.dueDateInvalid' });
  });

  it('puts other problems on the form', () => {
    expect(directiveErrorOf(apiError({ code: 'FORBIDDEN' })).field).toBe('form');
    expect(directiveErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'subjectId', rule: 'x' }))).toEqual({
      field: 'form',
      key: 'directive.errors.invalid',
      params: { field: 'subjectId' },
    });
    expect(directiveErrorOf(new Error('offline'))).toEqual({
      field: 'form',
      key: 'directive.errors.network',
    });
  });
});
