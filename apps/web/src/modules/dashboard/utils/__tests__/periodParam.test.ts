import { describe, expect, it } from 'vitest';
import { periodFromParam, periodParamOf } from '../periodParam';

const NOVEMBER = { year: 2026, month: 11 };

describe('periodFromParam', () => {
  it('reads a month of this year or the last, up to the current one', () => {
    expect(periodFromParam('2026-09', NOVEMBER)).toEqual({ year: 2026, month: 9 });
    expect(periodFromParam('2026-11', NOVEMBER)).toEqual(NOVEMBER);
    expect(periodFromParam('2025-01', NOVEMBER)).toEqual({ year: 2025, month: 1 });
  });

  it('falls back to the current month for a missing, malformed, future or too old month', () => {
    for (const value of [
      null,
      '',
      '2026-9',
      '2026-13',
      '2026-00',
      'september',
      '2026-12',
      '2027-01',
      '2024-12',
    ])
      expect(periodFromParam(value, NOVEMBER), String(value)).toEqual(NOVEMBER);
  });
});

describe('periodParamOf', () => {
  it('writes a chosen month as YYYY-MM, and nothing for the current month', () => {
    expect(periodParamOf({ year: 2026, month: 9 }, NOVEMBER)).toBe('2026-09');
    expect(periodParamOf({ year: 2025, month: 12 }, NOVEMBER)).toBe('2025-12');
    expect(periodParamOf(NOVEMBER, NOVEMBER)).toBeNull();
  });
});
