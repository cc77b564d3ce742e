// zod rules for scorecard administration, and the pure checks on a strategy map: perspective
// weights sum to 100 and cause–effect links never form a cycle.
import { z } from 'zod';
import { clientMutationId } from '../../changes/lib/writeInputs';
import { idOf } from '../../../ids';

const perspective = z.enum(['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH']);
export type PerspectiveKind = z.infer<typeof perspective>;

export const createObjectiveInput = z.object({
  perspective,
  code: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(300),
  weight: z.number().finite().gt(0).max(1000),
  clientMutationId,
});

export const updateObjectiveInput = createObjectiveInput.omit({ perspective: true });

export const linkInput = z.object({ clientMutationId });

export const perspectiveWeightsInput = z.object({
  weights: z
    .array(z.object({ perspective, weight: z.number().finite().min(0).max(100) }))
    .min(1)
    .max(4),
  clientMutationId,
});

export interface PerspectiveWeight {
  perspective: PerspectiveKind;
  weight: number;
}

/** Float sums of decimal weights (33.3 + 33.3 + 33.4) are 100 only up to rounding. */
const SUM_TOLERANCE = 1e-6;

/**
 * The first problem of new weights applied to a scorecard's perspectives, as field and rule;
 * null when they fit. Perspectives not given keep their weight; the result must sum to 100.
 */
export function perspectiveWeightsProblem(
  current: readonly PerspectiveWeight[],
  given: readonly PerspectiveWeight[],
): { field: string; rule: string } | null {
  const seen = new Set<string>();
  const known = new Set(current.map((p) => p.perspective));
  for (const [i, w] of given.entries()) {
    if (seen.has(w.perspective)) return { field: `weights.${i}.perspective`, rule: 'unique' };
    seen.add(w.perspective);
    if (!known.has(w.perspective)) return { field: `weights.${i}.perspective`, rule: 'notFound' };
  }
  const merged = mergeWeights(current, given);
  const sum = merged.reduce((s, p) => s + p.weight, 0);
  if (Math.abs(sum - 100) > SUM_TOLERANCE) return { field: 'weights', rule: 'sumTo100' };
  return null;
}

export function mergeWeights(
  current: readonly PerspectiveWeight[],
  given: readonly PerspectiveWeight[],
): PerspectiveWeight[] {
  const byKind = new Map(given.map((w) => [w.perspective, w.weight]));
  return current.map((p) => ({ perspective: p.perspective, weight: byKind.get(p.perspective) ?? p.weight }));
}

/** Whether adding `from → to` closes a cycle: it does when `to` already reaches `from`. */
export function linkCreatesCycle(
  links: readonly { fromObjectiveId: string; toObjectiveId: string }[],
  from: string,
  to: string,
): boolean {
  if (from === to) return true;
  const next = new Map<string, string[]>();
  for (const l of links) {
    const list = next.get(l.fromObjectiveId);
    if (list) list.push(l.toObjectiveId);
    else next.set(l.fromObjectiveId, [l.toObjectiveId]);
  }
  const seen = new Set<string>([to]);
  const stack = [to];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    for (const n of next.get(node) ?? []) {
      if (n === from) return true;
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return false;
}

/** An objective's cascade parent: an Objective's global id, or none. */
export const parentObjectiveIdOf = (id: string | null | undefined): string | null =>
  id ? idOf('Objective', id, 'parentObjectiveId') : null;
