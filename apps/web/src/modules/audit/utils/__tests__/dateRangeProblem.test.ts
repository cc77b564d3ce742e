import { describe, expect, it } from 'vitest';
import { dateRangeProblem } from '../dateRangeProblem';

describe('dateRangeProblem', () => {
  it('accepts open and ordered ranges, and a single day', () => {
    expect(dateRangeProblem(null, null)).toBeNull();
    expect(dateRangeProblem('2026-03-01', null)).toBeNull();
    expect(dateRangeProblem(null, '2026-03-01')).toBeNull();
    expect(dateRangeProblem('2026-03-01', '2026-03-31')).toBeNull();
    expect(dateRangeProblem('2026-03-01', '2026-03-01')).toBeNull();
  });

  it('puts an end before the start on the `to` field', () => {
    expect(dateRangeProblem('2026-03-10', '2026-03-09')).toEqual({
      field: 'to',
      key: 'audit.filters.errors.toBeforeFrom',
    });
  });

  it('names the field of an impossible date', () => {
    expect(dateRangeProblem('2026-02-30', null)).toEqual({
      field: 'from',
      key: 'audit.filters.errors.invalidDate',
    });
    expect(dateRangeProblem(null, '2026-04-31')).toEqual({
      field: 'to',
      key: 'audit.filters.errors.invalidDate',
    });
  });
});
