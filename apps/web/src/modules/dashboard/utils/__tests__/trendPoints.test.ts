import { describe, expect, it } from 'vitest';
import { trendPoints } from '../trendPoints';

describe('trendPoints', () => {
  it('lists the months up to the shown one, missing ones as no data', () => {
    expect(
      trendPoints({ m1: { value: 90, band: 'YELLOW' }, m2: null, m3: { value: 101, band: 'GREEN' } }, 3),
    ).toEqual([
      { month: 1, value: 90, band: 'YELLOW' },
      { month: 2, value: null, band: 'NO_DATA' },
      { month: 3, value: 101, band: 'GREEN' },
    ]);
  });

  it('never goes past December', () => {
    expect(trendPoints({}, 14)).toHaveLength(12);
  });
});
