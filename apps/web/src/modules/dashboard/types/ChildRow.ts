// One row of a node's ranking of children (a unit or a kabupaten/kota), flattened for sorting.
import type { Band } from '../../../gql/graphql';

export interface ChildRow {
  id: string;
  name: string;
  /** Year-to-date score; null when there is no verified data. */
  score: number | null;
  band: Band;
  rank: number;
  /** Budget absorption in %; null when the unit has no budget. */
  absorption: number | null;
}
