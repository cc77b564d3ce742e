import { describe, expect, it } from 'vitest';
import { shareOf } from '../shareOf';

describe('shareOf', () => {
  it('gives a percentage with two decimals', () => {
    expect(shareOf('1', '3')).toBe(33.33);
    expect(shareOf('5000000000000', '5000000000000')).toBe(100);
  });
  it('is exact for budgets beyond 2^53', () => {
    expect(shareOf('9007199254740993', '18014398509481986')).toBe(50);
  });
  it('has no share of nothing', () => {
    expect(shareOf('1', '0')).toBeNull();
    expect(shareOf('x', '10')).toBeNull();
  });
});
