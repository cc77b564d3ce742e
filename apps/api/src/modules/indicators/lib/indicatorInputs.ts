// zod rules for indicator administration. Targets must fit the polarity: a positive target for
// MAXIMIZE (achievement divides by it), a non-negative one for MINIMIZE, low ≤ high for STABILIZE.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';
import { MAX_ABS_VALUE } from '../../measurements/lib/measurementInputs';
import { idOf } from '../../../ids';

const bounded = z.number().finite().min(-MAX_ABS_VALUE).max(MAX_ABS_VALUE);

export const targetInput = z.object({
  month: z.number().int().min(1).max(12),
  value: bounded.nullish(),
  low: bounded.nullish(),
  high: bounded.nullish(),
});
export type TargetRow = z.infer<typeof targetInput>;

export const targetsInput = z.array(targetInput).max(12);

export const createIndicatorInput = z.object({
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(300),
  unit: z.string().trim().min(1).max(40),
  polarity: z.enum(['MAXIMIZE', 'MINIMIZE', 'STABILIZE']),
  minimizeFormula: z.enum(['RATIO_DIFF', 'INVERSE']).nullish(),
  aggregation: z.enum(['SUM', 'AVERAGE', 'LAST', 'MIN', 'MAX']),
  frequency: z.enum(['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY']).nullish(),
  weight: z.number().finite().gt(0).max(1000),
  targets: targetsInput,
  clientMutationId,
});

export const updateIndicatorInput = createIndicatorInput.omit({ targets: true });

export const setTargetsInput = z.object({ targets: targetsInput, clientMutationId });

export type Polarity = z.infer<typeof createIndicatorInput>['polarity'];

/** The first target that breaks a rule, as field (relative to `targets`) and rule; null when all fit. */
export function targetProblem(
  polarity: Polarity,
  targets: readonly TargetRow[],
): { field: string; rule: string } | null {
  const seen = new Set<number>();
  for (const [i, t] of targets.entries()) {
    if (seen.has(t.month)) return { field: `targets.${i}.month`, rule: 'unique' };
    seen.add(t.month);
    if (polarity === 'STABILIZE') {
      if (t.low == null) return { field: `targets.${i}.low`, rule: 'required' };
      if (t.high == null) return { field: `targets.${i}.high`, rule: 'required' };
      if (t.low > t.high) return { field: `targets.${i}.high`, rule: 'notBelowLow' };
    } else {
      if (t.value == null) return { field: `targets.${i}.value`, rule: 'required' };
      if (polarity === 'MAXIMIZE' && t.value <= 0) return { field: `targets.${i}.value`, rule: 'positive' };
      if (polarity === 'MINIMIZE' && t.value < 0) return { field: `targets.${i}.value`, rule: 'nonNegative' };
    }
  }
  return null;
}

/** The user ids of an indicator's operators, each checked as a global id of a User. */
export const operatorIdsOf = (ids: readonly string[] | null | undefined): string[] =>
  (ids ?? []).map((id, i) => idOf('User', String(id), `operatorIds.${i}`));
