import { describe, expect, it } from 'vitest';
import {
  defaultScorecardName,
  defaultWeightDrafts,
  validateScorecardDraft,
  weightTotal,
} from '../validateScorecardDraft';

const withWeights = (...values: string[]) =>
  defaultWeightDrafts().map((draft, i) => ({ ...draft, weight: values[i] ?? draft.weight }));

describe('validateScorecardDraft', () => {
  it('prefills the name and the usual 30/20/30/20 split', () => {
    expect(defaultScorecardName('Dikes', 2026)).toBe('Kartu Kinerja Dikes 2026');
    expect(defaultWeightDrafts()).toEqual([
      { perspective: 'STAKEHOLDER', weight: '30' },
      { perspective: 'CUSTOMER', weight: '20' },
      { perspective: 'INTERNAL_PROCESS', weight: '30' },
      { perspective: 'LEARNING_GROWTH', weight: '20' },
    ]);
    expect(validateScorecardDraft({ name: 'Kartu', weights: defaultWeightDrafts() })).toEqual({
      errors: [],
      weights: [
        { perspective: 'STAKEHOLDER', weight: 30 },
        { perspective: 'CUSTOMER', weight: 20 },
        { perspective: 'INTERNAL_PROCESS', weight: 30 },
        { perspective: 'LEARNING_GROWTH', weight: 20 },
      ],
    });
  });

  it('accepts Indonesian decimals that sum to 100', () => {
    expect(
      validateScorecardDraft({ name: 'K', weights: withWeights('33,3', '33,3', '33,4', '0') }).errors,
    ).toEqual([]);
  });

  it('wants a name and each weight a number from 0 to 100', () => {
    expect(validateScorecardDraft({ name: ' ', weights: withWeights('', '-1', '101') })).toEqual({
      errors: [
        { field: 'name', key: 'org.errors.required' },
        { field: 'weights.STAKEHOLDER', key: 'org.errors.weightNumber' },
        { field: 'weights.CUSTOMER', key: 'org.errors.weightRange' },
        { field: 'weights.INTERNAL_PROCESS', key: 'org.errors.weightRange' },
      ],
      weights: null,
    });
  });

  it('wants the weights to sum to 100, and shows the running total', () => {
    const weights = withWeights('30', '20', '30', '25');
    expect(validateScorecardDraft({ name: 'K', weights })).toEqual({
      errors: [{ field: 'weights', key: 'org.errors.sumTo100' }],
      weights: null,
    });
    expect(weightTotal(weights)).toBe(105);
    expect(weightTotal(withWeights('abc', '12,5'))).toBe(62.5);
  });
});
