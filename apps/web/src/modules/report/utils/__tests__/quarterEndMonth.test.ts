import { describe, expect, it } from 'vitest';
import { quarterEndMonth, quarterOfMonth, romanQuarter } from '../quarterEndMonth';

describe('quarterEndMonth', () => {
  it('maps quarters to their last month and back', () => {
    expect([1, 2, 3, 4].map((q) => quarterEndMonth(q as 1 | 2 | 3 | 4))).toEqual([3, 6, 9, 12]);
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(quarterOfMonth)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(romanQuarter(3)).toBe('III');
  });
});
