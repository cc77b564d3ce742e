import { describe, expect, it } from 'vitest';
import { organisationPredicateOf, scoreMonthOf } from './organisationPredicate';

describe('organisationPredicateOf', () => {
  it('reads the LKjIP predikat on the annex scale', () => {
    expect(organisationPredicateOf('SANGAT_BAIK')).toBe('ISTIMEWA');
    expect(organisationPredicateOf('CUKUP')).toBe('BUTUH_PERBAIKAN');
    expect(organisationPredicateOf('SANGAT_KURANG')).toBe('SANGAT_KURANG');
    expect(organisationPredicateOf('NO_DATA')).toBeNull();
  });
});

describe('scoreMonthOf', () => {
  it("takes the period's last month, or this month while it runs", () => {
    expect(scoreMonthOf('Q2', 2025, { year: 2026, month: 4 })).toBe(6);
    expect(scoreMonthOf('Q4', 2026, { year: 2026, month: 11 })).toBe(11);
    expect(scoreMonthOf('Q1', 2026, { year: 2026, month: 11 })).toBe(3);
    expect(scoreMonthOf('ANNUAL', 2026, { year: 2026, month: 12 })).toBe(12);
  });
});
