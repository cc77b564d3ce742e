// Checks perspective weights before they are sent, with the API's rule: each a number ≥ 0, all
// of them summing to 100. Errors sit on `weights.<PERSPECTIVE>` or on the sum (`weights`).
import type { Perspective, PerspectiveWeightInput } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/form/FieldError';
import { parseDecimal } from '../../format/parseDecimal';

/** Float sums of decimal weights (33,3 + 33,3 + 33,4) are 100 only up to rounding. */
const TOLERANCE = 1e-6;

export function validatePerspectiveWeights(drafts: readonly { perspective: Perspective; weight: string }[]): {
  errors: FieldError[];
  weights: PerspectiveWeightInput[] | null;
} {
  const errors: FieldError[] = [];
  const weights: PerspectiveWeightInput[] = [];
  for (const draft of drafts) {
    const weight = parseDecimal(draft.weight);
    const field = `weights.${draft.perspective}`;
    if (weight === null) errors.push({ field, key: 'scorecards.errors.number' });
    else if (weight < 0) errors.push({ field, key: 'scorecards.errors.weightNegative' });
    else weights.push({ perspective: draft.perspective, weight });
  }
  if (errors.length > 0) return { errors, weights: null };
  const sum = weights.reduce((s, w) => s + w.weight, 0);
  if (Math.abs(sum - 100) > TOLERANCE)
    return { errors: [{ field: 'weights', key: 'scorecards.errors.sumTo100' }], weights: null };
  return { errors: [], weights };
}
