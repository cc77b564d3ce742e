import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { groupByPerspective } from '../groupByPerspective';
import { scorecardErrorOf } from '../scorecardErrorOf';
import { validateObjectiveDraft } from '../validateObjectiveDraft';
import { validatePerspectiveWeights } from '../validatePerspectiveWeights';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'x', extensions }] });

describe('validatePerspectiveWeights', () => {
  it('reads Indonesian decimals and accepts a total of 100', () => {
    const { errors, weights } = validatePerspectiveWeights([
      { perspective: 'STAKEHOLDER', weight: '33,3' },
      { perspective: 'CUSTOMER', weight: '33,3' },
      { perspective: 'INTERNAL_PROCESS', weight: '33,4' },
      { perspective: 'LEARNING_GROWTH', weight: '0' },
    ]);
    expect(errors).toEqual([]);
    expect(weights?.map((w) => w.weight)).toEqual([33.3, 33.3, 33.4, 0]);
  });
  it('refuses a total other than 100, negatives and non-numbers next to the field', () => {
    expect(
      validatePerspectiveWeights([
        { perspective: 'STAKEHOLDER', weight: '50' },
        { perspective: 'CUSTOMER', weight: '40' },
      ]).errors,
    ).toEqual([{ field: 'weights', key: 'scorecards.errors.sumTo100' }]);
    expect(
      validatePerspectiveWeights([
        { perspective: 'STAKEHOLDER', weight: '-1' },
        { perspective: 'CUSTOMER', weight: 'abc' },
      ]).errors.map((e) => `${e.field}:${e.key}`),
    ).toEqual([
      'weights.STAKEHOLDER:scorecards.errors.weightNegative',
      'weights.CUSTOMER:scorecards.errors.number',
    ]);
  });
});

describe('validateObjectiveDraft', () => {
  const draft = {
    perspective: 'CUSTOMER' as const,
    code: ' SS-9 ',
    name: 'Meningkatnya kepuasan',
    weight: '1,5',
  };
  it('turns a filled form into the API input', () => {
    expect(validateObjectiveDraft(draft, 'Scorecard:1').input).toEqual({
      scorecardId: 'Scorecard:1',
      perspective: 'CUSTOMER',
      code: 'SS-9',
      name: 'Meningkatnya kepuasan',
      weight: 1.5,
    });
  });
  it('names each field that breaks a rule', () => {
    const { errors, input } = validateObjectiveDraft(
      { ...draft, code: '', name: 'x'.repeat(301), weight: '0' },
      'Scorecard:1',
    );
    expect(input).toBeNull();
    expect(errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'code:scorecards.errors.required',
      'name:scorecards.errors.tooLong',
      'weight:scorecards.errors.weightRange',
    ]);
  });
});

describe('scorecardErrorOf', () => {
  const fields = (f: string) => (f === 'toObjectiveId' ? 'link' : null);
  it('puts a refused cycle next to the link form', () => {
    expect(
      scorecardErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'toObjectiveId', rule: 'cycle' }), fields),
    ).toEqual({ field: 'link', key: 'scorecards.errors.cycle', params: { field: 'toObjectiveId' } });
  });
  it('falls back to the form for unknown fields, forbidden and network errors', () => {
    expect(
      scorecardErrorOf(apiError({ code: 'BAD_USER_INPUT', field: 'x', rule: 'odd' }), fields),
    ).toMatchObject({
      field: 'form',
      key: 'scorecards.errors.invalid',
    });
    expect(scorecardErrorOf(apiError({ code: 'FORBIDDEN' }), fields).key).toBe('scorecards.errors.forbidden');
    expect(scorecardErrorOf(new Error('offline'), fields).key).toBe('scorecards.errors.network');
  });
});

describe('groupByPerspective', () => {
  it('keeps the perspective order and leaves empty perspectives empty', () => {
    const groups = groupByPerspective(
      ['STAKEHOLDER', 'CUSTOMER'],
      [
        { id: 'a', perspective: 'CUSTOMER' as const },
        { id: 'b', perspective: 'CUSTOMER' as const },
      ],
    );
    expect(groups.map((g) => [g.perspective, g.objectives.map((o) => o.id)])).toEqual([
      ['STAKEHOLDER', []],
      ['CUSTOMER', ['a', 'b']],
    ]);
  });
});
