import { describe, expect, it } from 'vitest';
import { rupiahAmountOf } from '../rupiahAmountOf';

describe('rupiahAmountOf', () => {
  it('reads integer digits exactly, beyond 2^53 too', () => {
    expect(rupiahAmountOf('12345678901234567890')).toBe(12345678901234567890n);
    expect(rupiahAmountOf(' -2500000 ')).toBe(-2500000n);
    expect(rupiahAmountOf(42)).toBe(42n);
  });
  it('rejects fractions, text and unsafe numbers', () => {
    expect(rupiahAmountOf('12.5')).toBeNull();
    expect(rupiahAmountOf('Rp 1.000')).toBeNull();
    expect(rupiahAmountOf(1.5)).toBeNull();
    expect(rupiahAmountOf(2 ** 60)).toBeNull();
    expect(rupiahAmountOf(null)).toBeNull();
  });
});
