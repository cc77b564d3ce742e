import { describe, expect, it } from 'vitest';
import { rowsWithOutcome } from '../rowsWithOutcome';

const rows = [
  { row: 2, outcome: 'CREATED' as const },
  { row: 3, outcome: 'REFUSED' as const },
  { row: 4, outcome: 'UNCHANGED' as const },
  { row: 5, outcome: 'REFUSED' as const },
];

describe('rowsWithOutcome', () => {
  it('keeps only the rows with the chosen outcome, in sheet order', () => {
    expect(rowsWithOutcome(rows, 'REFUSED').map((r) => r.row)).toEqual([3, 5]);
    expect(rowsWithOutcome(rows, 'UPDATED')).toEqual([]);
  });

  it('keeps every row for "all"', () => {
    expect(rowsWithOutcome(rows, 'ALL')).toEqual(rows);
  });
});
