import { describe, expect, it } from 'vitest';
import { NO_VALUE, explain, explainCase, formatMoney, formatOperand, formatScore } from './explanation';

describe('number formatting (id-ID)', () => {
  it('shows scores with two decimals and a decimal comma', () => {
    expect(formatScore(1234.5)).toBe('1.234,50');
    expect(formatScore(66.666666)).toBe('66,67');
    expect(formatScore(null)).toBe(NO_VALUE);
  });

  it('never shows a negative zero', () => {
    expect(formatScore(-0)).toBe('0,00');
    expect(formatScore(-0.001)).not.toContain('-');
    expect(formatOperand(-0)).toBe('0');
  });

  it('shows operands without padding and parenthesises negatives', () => {
    expect(formatOperand(72)).toBe('72');
    expect(formatOperand(0.125)).toBe('0,125');
    expect(formatOperand(-3)).toBe('(-3)');
  });

  it('groups Rupiah with dots, bigint or number', () => {
    expect(formatMoney(1_234_567n)).toBe('1.234.567');
    expect(formatMoney(1_234_567)).toBe('1.234.567');
  });
});

describe('explanations', () => {
  it('append the result to the substituted formula', () => {
    expect(explain('R / T × 100', '72 / 80 × 100', { R: 72, T: 80 }, 90)).toEqual({
      formula: 'R / T × 100',
      substituted: '72 / 80 × 100 = 90,00',
      inputs: { R: 72, T: 80 },
      result: 90,
    });
  });

  it('carry a reason only when a special case decided the result', () => {
    expect(explain('f', 'x', {}, null, 'NO_DATA')).toMatchObject({ substituted: 'x = —', reason: 'NO_DATA' });
    expect(explainCase('R = 0 → cap', 'R = 0', { R: 0 }, 120, 'REALISATION_ZERO')).toEqual({
      formula: 'R = 0 → cap',
      substituted: 'R = 0 → 120,00',
      inputs: { R: 0 },
      result: 120,
      reason: 'REALISATION_ZERO',
    });
  });
});
