import { describe, expect, it } from 'vitest';
import { targetTextOf } from '../targetTextOf';

describe('targetTextOf', () => {
  it('shows a single target with its unit in id-ID numbers', () => {
    expect(targetTextOf({ target: 1234.5, low: null, high: null, unit: 'orang' })).toBe('1.234,50 orang');
  });

  it('shows a range for a target band', () => {
    expect(targetTextOf({ target: null, low: 90, high: 110, unit: '%' })).toBe('90,00–110,00 %');
  });

  it('shows an em dash without a target', () => {
    expect(targetTextOf({ target: null, low: null, high: null, unit: '%' })).toBe('—');
  });
});
