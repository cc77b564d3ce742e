// Objectives grouped under their perspective, in the scorecard's perspective order (BSC order).
import type { Perspective } from '../../../gql/graphql';

export function groupByPerspective<T extends { perspective: Perspective }>(
  perspectives: readonly Perspective[],
  objectives: readonly T[],
): { perspective: Perspective; objectives: T[] }[] {
  return perspectives.map((perspective) => ({
    perspective,
    objectives: objectives.filter((o) => o.perspective === perspective),
  }));
}
