// Which column a table is sorted by, and in which direction.
export type ChildSortKey = 'name' | 'score' | 'rank' | 'absorption';

export interface SortState {
  key: ChildSortKey;
  direction: 'asc' | 'desc';
}
