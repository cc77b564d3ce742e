// The rows of an import report the administrator filtered to: one outcome, or all of them.
import type { ImportRowOutcome } from '../../../gql/graphql';

export type OutcomeFilter = ImportRowOutcome | 'ALL';

export function rowsWithOutcome<R extends { outcome: ImportRowOutcome }>(
  rows: readonly R[],
  filter: OutcomeFilter,
): R[] {
  return filter === 'ALL' ? [...rows] : rows.filter((r) => r.outcome === filter);
}
