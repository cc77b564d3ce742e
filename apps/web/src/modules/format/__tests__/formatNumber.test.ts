import { describe, expect, it } from 'vitest';
import { formatNumber } from '../formatNumber';

describe('formatNumber', () => {
  it('uses id-ID grouping and a decimal comma', () => {
    expect(formatNumber(1234.56)).toBe('1.234,56');
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
  });
  it('rounds for display only, to the requested decimals', () => {
    expect(formatNumber(90)).toBe('90,00');
    expect(formatNumber(66.666, 1)).toBe('66,7');
    expect(formatNumber(7, 0)).toBe('7');
  });
  it('never shows a negative zero', () => {
    expect(formatNumber(-0.001)).toBe('0,00');
  });
  it('shows missing values as an em dash', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
  it('follows another locale when asked', () => {
    expect(formatNumber(1234.5, 2, 'en-GB')).toBe('1,234.50');
  });
});
