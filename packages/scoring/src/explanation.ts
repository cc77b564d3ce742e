// How a number was computed, in symbols and id-ID numerals, so every figure on screen can explain itself.

export type ExplanationInputs = Record<string, number | string | null>;

export interface Explanation {
  /** Symbolic formula, e.g. `R / T × 100`. */
  readonly formula: string;
  /** The formula with the inputs substituted and its result, e.g. `72 / 80 × 100 = 90,00`. */
  readonly substituted: string;
  readonly inputs: ExplanationInputs;
  readonly result: number | null;
  /**
   * Machine code of the special case that decided the result (e.g. `NO_DATA`, `TARGET_ZERO`),
   * for the UI to word; absent when the formula applied as written.
   */
  readonly reason?: ExplanationReason;
}

export type ExplanationReason =
  | 'NO_DATA'
  | 'NOT_DUE_MONTH'
  | 'TARGET_ZERO'
  | 'REALISATION_ZERO'
  | 'FLOORED'
  | 'INSIDE_BAND'
  | 'DEGENERATE_BAND'
  | 'CEILING_ZERO'
  | 'NOT_DUE_YET';

/** Shown in place of a result that does not exist; a symbol, so it needs no translation. */
export const NO_VALUE = '—';

// signDisplay 'negative': a value that rounds to zero never shows as "-0,00".
const scoreFormat = new Intl.NumberFormat('id-ID', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'negative',
});
const operandFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4, signDisplay: 'negative' });
const moneyFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** A computed figure as displayed: two decimals, decimal comma (`1.234,56`). */
export function formatScore(value: number | null): string {
  return value === null ? NO_VALUE : scoreFormat.format(value);
}

/** An input inside a formula: no padding zeros, negatives parenthesised so `2 × T − R` stays readable. */
export function formatOperand(value: number): string {
  const text = operandFormat.format(value);
  return text.startsWith('-') ? `(${text})` : text;
}

/** Rupiah amounts without currency sign (`1.234.567`); the formula already says what they are. */
export function formatMoney(value: bigint | number): string {
  return moneyFormat.format(value);
}

export function explain(
  formula: string,
  expression: string,
  inputs: ExplanationInputs,
  result: number | null,
  reason?: ExplanationReason,
): Explanation {
  const substituted = `${expression} = ${formatScore(result)}`;
  return reason === undefined
    ? { formula, substituted, inputs, result }
    : { formula, substituted, inputs, result, reason };
}

/** A result decided by a rule rather than a formula, written `condition → result`. */
export function explainCase(
  formula: string,
  condition: string,
  inputs: ExplanationInputs,
  result: number | null,
  reason: ExplanationReason,
): Explanation {
  return { formula, substituted: `${condition} → ${formatScore(result)}`, inputs, result, reason };
}
