import { describe, expect, it } from 'vitest';
import { wallClockOf } from '../wallClockOf';

describe('wallClockOf', () => {
  it('reads calendar dates as they are', () => {
    expect(wallClockOf('2026-11-29')).toEqual({
      year: 2026,
      month: 11,
      day: 29,
      hour: 0,
      minute: 0,
      second: 0,
      hasTime: false,
    });
  });
  it('reads instants in the zone (WITA by default)', () => {
    expect(wallClockOf('2026-11-28T17:05:09Z')).toMatchObject({
      day: 29,
      hour: 1,
      minute: 5,
      second: 9,
      hasTime: true,
    });
    expect(wallClockOf('2026-11-28T17:05:09Z', 'Asia/Jayapura')).toMatchObject({ day: 29, hour: 2 });
  });
  it('rejects anything else', () => {
    expect(wallClockOf('2026-02-30')).toBeNull();
    expect(wallClockOf('29/11/2026')).toBeNull();
    expect(wallClockOf('Nov 29 2026')).toBeNull();
    expect(wallClockOf('2026-11-29T99:00:00Z')).toBeNull();
  });
});
