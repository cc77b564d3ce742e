import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../formatRupiah';

describe('formatRupiah', () => {
  it('groups integer Rupiah with dots', () => {
    expect(formatRupiah('1234567')).toBe('Rp\u00a01.234.567');
    expect(formatRupiah('0')).toBe('Rp\u00a00');
  });
  it('stays exact beyond 2^53', () => {
    expect(formatRupiah('12345678901234567890')).toBe('Rp\u00a012.345.678.901.234.567.890');
  });
  it('puts the sign before the currency', () => {
    expect(formatRupiah('-2500000')).toBe('-Rp\u00a02.500.000');
  });
  it('rejects anything that is not integer digits', () => {
    expect(formatRupiah('12.5')).toBe('—');
    expect(formatRupiah('')).toBe('—');
    expect(formatRupiah(null)).toBe('—');
  });
});
