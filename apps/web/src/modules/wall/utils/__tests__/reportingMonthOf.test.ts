import { describe, expect, it } from 'vitest';
import { reportingMonthOf } from '../reportingMonthOf';

describe('reportingMonthOf', () => {
  it("is the month before, December's in January", () => {
    expect(reportingMonthOf({ year: 2026, month: 12 })).toEqual({ year: 2026, month: 11 });
    expect(reportingMonthOf({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
  });
});
