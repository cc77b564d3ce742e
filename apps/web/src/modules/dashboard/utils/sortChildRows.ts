// Sorts a ranking of children by a column. Rows without a figure (no data) always go last,
// whatever the direction, and ties keep the server's rank order so sorting is stable.
import type { ChildRow } from '../types/ChildRow';
import type { SortState } from '../types/SortState';

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function compareNullable(a: number | null, b: number | null): number | null {
  if (a == null && b == null) return 0;
  if (a == null) return null;
  if (b == null) return null;
  return a - b;
}

export function sortChildRows(rows: readonly ChildRow[], sort: SortState): ChildRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let result: number;
    if (sort.key === 'name') {
      result = sign * collator.compare(a.name, b.name);
    } else {
      const av = a[sort.key];
      const bv = b[sort.key];
      const compared = compareNullable(av, bv);
      // A missing figure sorts last in both directions.
      if (compared === null) return av == null ? 1 : -1;
      result = sign * compared;
    }
    return result || a.rank - b.rank;
  });
}

/** The direction a column starts in when first chosen: best first (high scores, low ranks). */
export function initialDirection(key: SortState['key']): SortState['direction'] {
  return key === 'score' || key === 'absorption' ? 'desc' : 'asc';
}
