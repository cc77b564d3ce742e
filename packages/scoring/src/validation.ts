// Input guards shared by every calculation, so each rule is worded and coded the same way everywhere.
import { ScoringInputError } from './errors';

export function requireFinite(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScoringInputError(field, 'finite', { value: String(value) });
  }
  return value;
}

export function requireNonNegative(value: number, field: string): number {
  if (requireFinite(value, field) < 0) throw new ScoringInputError(field, 'nonNegative', { value });
  return value;
}

export function requirePositive(value: number, field: string): number {
  if (requireFinite(value, field) <= 0) throw new ScoringInputError(field, 'positive', { value });
  return value;
}

export function requireIntegerInRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(requireFinite(value, field))) {
    throw new ScoringInputError(field, 'integer', { value });
  }
  if (value < min || value > max) throw new ScoringInputError(field, 'range', { value, min, max });
  return value;
}

export function requireRange(value: number, field: string, min: number, max: number): number {
  requireFinite(value, field);
  if (value < min || value > max) throw new ScoringInputError(field, 'range', { value, min, max });
  return value;
}

/** Months are calendar months of the fiscal year; a fractional or out-of-year month is always a caller bug. */
export function requireMonth(value: number, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 12) {
    throw new ScoringInputError(field, 'monthRange', { value: String(value), min: 1, max: 12 });
  }
  return value;
}

export function requireValidDate(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new ScoringInputError(field, 'validDate');
  }
  return value;
}
