import { describe, expect, it } from 'vitest';
import { formatPercent } from '../formatPercent';

describe('formatPercent', () => {
  it('formats a value that is already in percent', () => {
    expect(formatPercent(93.4)).toBe('93,40%');
    expect(formatPercent(120)).toBe('120,00%');
    expect(formatPercent(5.25, 1)).toBe('5,3%');
  });
  it('shows no data as an em dash', () => {
    expect(formatPercent(null)).toBe('—');
  });
});
