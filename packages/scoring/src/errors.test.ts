import { describe, expect, it } from 'vitest';
import { ScoringInputError } from './errors';

describe('ScoringInputError', () => {
  it('carries field, rule and params for the API to forward as BAD_USER_INPUT', () => {
    const error = new ScoringInputError('indicators[3].weight', 'nonNegative', { value: -1 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScoringInputError');
    expect(error.message).toBe('indicators[3].weight: nonNegative');
    expect(error).toMatchObject({
      field: 'indicators[3].weight',
      rule: 'nonNegative',
      params: { value: -1 },
    });
  });

  it('defaults params to an empty object', () => {
    expect(new ScoringInputError('asOf', 'validDate').params).toEqual({});
  });
});
