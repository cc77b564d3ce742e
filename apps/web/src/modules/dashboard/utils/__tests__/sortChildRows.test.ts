import { describe, expect, it } from 'vitest';
import type { ChildRow } from '../../types/ChildRow';
import { initialDirection, sortChildRows } from '../sortChildRows';

const row = (id: string, name: string, score: number | null, rank: number, absorption: number | null) =>
  ({ id, name, score, rank, absorption, band: 'GREEN' }) satisfies ChildRow;

const rows: ChildRow[] = [
  row('a', 'Dinas Kesehatan', 95.5, 2, 80),
  row('b', 'Bappeda', 101.2, 1, null),
  row('c', 'Dinas Sosial', null, 4, 60),
  row('d', 'Dinas Pariwisata', 88, 3, 90),
];

const ids = (list: ChildRow[]) => list.map((r) => r.id);

describe('sortChildRows', () => {
  it('sorts by score, best first, with no data last', () => {
    expect(ids(sortChildRows(rows, { key: 'score', direction: 'desc' }))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('keeps rows without data last when ascending too', () => {
    expect(ids(sortChildRows(rows, { key: 'score', direction: 'asc' }))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortChildRows(rows, { key: 'absorption', direction: 'asc' }))).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts names with the Indonesian collation, either way', () => {
    expect(ids(sortChildRows(rows, { key: 'name', direction: 'asc' }))).toEqual(['b', 'a', 'd', 'c']);
    expect(ids(sortChildRows(rows, { key: 'name', direction: 'desc' }))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('sorts by rank and breaks ties by rank', () => {
    expect(ids(sortChildRows(rows, { key: 'rank', direction: 'desc' }))).toEqual(['c', 'd', 'a', 'b']);
    const tied = [row('x', 'X', 90, 2, null), row('y', 'Y', 90, 1, null)];
    expect(ids(sortChildRows(tied, { key: 'score', direction: 'desc' }))).toEqual(['y', 'x']);
  });

  it('does not change the input', () => {
    const copy = [...rows];
    sortChildRows(rows, { key: 'name', direction: 'asc' });
    expect(rows).toEqual(copy);
  });

  it('starts figures best first', () => {
    expect(initialDirection('score')).toBe('desc');
    expect(initialDirection('rank')).toBe('asc');
    expect(initialDirection('name')).toBe('asc');
  });
});
