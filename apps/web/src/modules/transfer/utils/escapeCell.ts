// Formula-injection guard (OWASP "CSV injection"): text a spreadsheet would read as a formula gets
// a leading apostrophe so it stays text. Numbers are values, never formulas, so they pass as they are.
const FORMULA_START = /^[=+\-@\t\r]/;

/** `'=1+1` for the text `=1+1`; other text, numbers (also negative ones) and null are unchanged. */
export function escapeCell(value: string): string;
export function escapeCell(value: number): number;
export function escapeCell(value: string | number | null): string | number | null;
export function escapeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
