import type { Measurement, Target } from '@ekinerja/db';
import { reportingDeadline, resolveSettings } from '@ekinerja/scoring';
import { describe, expect, it } from 'vitest';
import { indicatorMonths, isLate } from './indicatorMonths';

const settings = resolveSettings();
// 10 March 2026 ends at 11 March 00:00 WITA, 10 March 16:00 UTC.
const deadline = reportingDeadline(2026, 2, 10, 'Asia/Makassar');

function measurement(month: number, status: Measurement['status'], verifiedAt: Date | null): Measurement {
  return { id: `m${month}`, month, status, verifiedAt, value: month } as Measurement;
}

describe('isLate', () => {
  const now = new Date('2026-06-01T00:00:00Z');

  it('is on time when verified before the end of the due day, late from then on', () => {
    expect(deadline.toISOString()).toBe('2026-03-10T16:00:00.000Z');
    expect(isLate(measurement(2, 'VERIFIED', new Date('2026-03-10T15:59:59Z')), deadline, now)).toBe(false);
    expect(isLate(measurement(2, 'VERIFIED', new Date('2026-03-10T16:00:00Z')), deadline, now)).toBe(true);
  });

  it('makes an unverified value late once the deadline passed, and undecided before', () => {
    expect(isLate(measurement(2, 'SUBMITTED', null), deadline, now)).toBe(true);
    expect(isLate(null, deadline, now)).toBe(true);
    expect(isLate(null, deadline, new Date('2026-03-01T00:00:00Z'))).toBeNull();
  });

  it('ignores a verification time left on a value that is no longer verified', () => {
    const reopened = measurement(2, 'SUBMITTED', new Date('2026-03-01T00:00:00Z'));
    expect(isLate(reopened, deadline, new Date('2026-03-05T00:00:00Z'))).toBeNull();
  });
});

describe('indicatorMonths', () => {
  it('lists the due months of a quarterly indicator and any other month with a value', () => {
    const targets = [3, 6, 9, 12].map((month) => ({ month, value: 100 }) as Target);
    const rows = indicatorMonths(
      { year: 2026, frequency: 'QUARTERLY', targets, measurements: [measurement(2, 'DRAFT', null)] },
      settings,
      new Date('2026-07-01T00:00:00Z'),
    );
    expect(rows.map((r) => [r.month, r.due, r.late])).toEqual([
      [2, false, true],
      [3, true, true],
      [6, true, null],
      [9, true, null],
      [12, true, null],
    ]);
  });
});
