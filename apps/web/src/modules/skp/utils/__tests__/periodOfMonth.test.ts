import { describe, expect, it } from 'vitest';
import { periodOfMonth } from '../periodOfMonth';

describe('periodOfMonth', () => {
  it('puts each month in its quarter', () => {
    expect([1, 3, 4, 6, 7, 9, 10, 12].map(periodOfMonth)).toEqual([
      'Q1',
      'Q1',
      'Q2',
      'Q2',
      'Q3',
      'Q3',
      'Q4',
      'Q4',
    ]);
  });
});
