// Checks a new scorecard before it is sent: a name, and the four perspective weights, each a
// number from 0 to 100, summing to 100. Errors sit on `weights.<PERSPECTIVE>` or on the sum
// (`weights`). Weights are sent in BSC order, so the API's `weights.N.weight` names a perspective.
import type { Perspective, PerspectiveWeightInput } from '../../../gql/graphql';
import { PERSPECTIVE_ORDER } from '../../dashboard/utils/strategyMapLayout';
import { parseDecimal } from '../../format/parseDecimal';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { requiredMessage } from './orgRules';

export interface WeightDraft {
  perspective: Perspective;
  weight: string;
}

/** The usual split (stakeholder 30, customer 20, internal process 30, learning and growth 20). */
const DEFAULT_WEIGHTS: Record<Perspective, number> = {
  STAKEHOLDER: 30,
  CUSTOMER: 20,
  INTERNAL_PROCESS: 30,
  LEARNING_GROWTH: 20,
};

/** Float sums of decimal weights (33,3 + 33,3 + 33,4) are 100 only up to rounding. */
const TOLERANCE = 1e-6;

export function defaultWeightDrafts(): WeightDraft[] {
  return PERSPECTIVE_ORDER.map((perspective) => ({
    perspective,
    weight: String(DEFAULT_WEIGHTS[perspective]),
  }));
}

/** The prefilled name, e.g. "Kartu Kinerja Dikes 2026". */
export function defaultScorecardName(shortName: string, year: number): string {
  return `Kartu Kinerja ${shortName} ${year}`;
}

/** The running total shown while typing: the weights that are numbers, added up. */
export function weightTotal(drafts: readonly WeightDraft[]): number {
  return drafts.reduce((sum, draft) => sum + (parseDecimal(draft.weight) ?? 0), 0);
}

export function validateScorecardDraft(draft: { name: string; weights: readonly WeightDraft[] }): {
  errors: FormMessage[];
  weights: PerspectiveWeightInput[] | null;
} {
  const errors: FormMessage[] = requiredMessage('name', draft.name);
  const weights: PerspectiveWeightInput[] = [];
  for (const perspective of PERSPECTIVE_ORDER) {
    const field = `weights.${perspective}`;
    const text = draft.weights.find((w) => w.perspective === perspective)?.weight ?? '';
    const weight = parseDecimal(text);
    if (weight === null) errors.push({ field, key: 'org.errors.weightNumber' });
    else if (weight < 0 || weight > 100) errors.push({ field, key: 'org.errors.weightRange' });
    else weights.push({ perspective, weight });
  }
  if (weights.length === PERSPECTIVE_ORDER.length) {
    const sum = weights.reduce((s, w) => s + w.weight, 0);
    if (Math.abs(sum - 100) > TOLERANCE) errors.push({ field: 'weights', key: 'org.errors.sumTo100' });
  }
  return { errors, weights: errors.length === 0 ? weights : null };
}
