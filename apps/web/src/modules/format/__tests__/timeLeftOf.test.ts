import { describe, expect, it } from 'vitest';
import { timeLeftOf } from '../timeLeftOf';

// 10 November 2026 ends at 16:00 UTC in WITA.
const deadline = '2026-11-10T16:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('timeLeftOf', () => {
  it('counts whole days left, then hours on the last day', () => {
    expect(timeLeftOf(deadline, at('2026-11-07T15:00:00Z'))).toEqual({ key: 'timeLeft.days', count: 3 });
    expect(timeLeftOf(deadline, at('2026-11-09T16:00:00Z'))).toEqual({ key: 'timeLeft.days', count: 1 });
    expect(timeLeftOf(deadline, at('2026-11-10T13:30:00Z'))).toEqual({ key: 'timeLeft.hours', count: 3 });
  });

  it('says how many whole days a deadline has passed', () => {
    expect(timeLeftOf(deadline, at('2026-11-10T16:00:00Z'))).toEqual({
      key: 'timeLeft.overdueToday',
      count: 0,
    });
    expect(timeLeftOf(deadline, at('2026-11-13T17:00:00Z'))).toEqual({
      key: 'timeLeft.overdueDays',
      count: 3,
    });
  });
});
