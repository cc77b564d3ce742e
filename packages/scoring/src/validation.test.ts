import { describe, expect, it } from 'vitest';
import type { ScoringRule } from './errors';
import {
  requireFinite,
  requireIntegerInRange,
  requireMonth,
  requireNonNegative,
  requirePositive,
  requireRange,
  requireValidDate,
} from './validation';

const inputError = (field: string, rule: ScoringRule) =>
  expect.objectContaining({ name: 'ScoringInputError', field, rule });

describe('input guards', () => {
  it('requireFinite rejects NaN, infinities and non-numbers', () => {
    expect(requireFinite(-3.5, 'x')).toBe(-3.5);
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '5' as unknown as number,
    ]) {
      expect(() => requireFinite(bad, 'x')).toThrow(inputError('x', 'finite'));
    }
  });

  it('requireNonNegative accepts 0 and rejects negatives', () => {
    expect(requireNonNegative(0, 'w')).toBe(0);
    expect(() => requireNonNegative(-0.1, 'w')).toThrow(inputError('w', 'nonNegative'));
    expect(() => requireNonNegative(Number.NaN, 'w')).toThrow(inputError('w', 'finite'));
  });

  it('requirePositive rejects 0', () => {
    expect(requirePositive(0.5, 'cap')).toBe(0.5);
    expect(() => requirePositive(0, 'cap')).toThrow(inputError('cap', 'positive'));
  });

  it('requireIntegerInRange checks integrality before the range', () => {
    expect(requireIntegerInRange(28, 'd', 1, 28)).toBe(28);
    expect(() => requireIntegerInRange(1.5, 'd', 1, 28)).toThrow(inputError('d', 'integer'));
    expect(() => requireIntegerInRange(0, 'd', 1, 28)).toThrow(inputError('d', 'range'));
    expect(() => requireIntegerInRange(29, 'd', 1, 28)).toThrow(inputError('d', 'range'));
  });

  it('requireRange accepts the bounds', () => {
    expect(requireRange(0, 'p', 0, 100)).toBe(0);
    expect(requireRange(100, 'p', 0, 100)).toBe(100);
    expect(() => requireRange(-1, 'p', 0, 100)).toThrow(inputError('p', 'range'));
    expect(() => requireRange(100.01, 'p', 0, 100)).toThrow(inputError('p', 'range'));
  });

  it('requireMonth accepts 1–12 only, as integers', () => {
    expect(requireMonth(1, 'month')).toBe(1);
    expect(requireMonth(12, 'month')).toBe(12);
    for (const bad of [0, 13, 2.5, Number.NaN, '3' as unknown as number]) {
      expect(() => requireMonth(bad, 'month')).toThrow(inputError('month', 'monthRange'));
    }
  });

  it('requireValidDate rejects invalid dates and non-dates', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(requireValidDate(date, 'asOf')).toBe(date);
    expect(() => requireValidDate(new Date('nope'), 'asOf')).toThrow(inputError('asOf', 'validDate'));
    expect(() => requireValidDate('2026-01-01' as unknown as Date, 'asOf')).toThrow(
      inputError('asOf', 'validDate'),
    );
  });
});
