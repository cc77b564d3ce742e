// Integer Rupiah as a BigInt: the API sends decimal digits that may exceed 2^53, so they are never
// read through a float.
/** `"-2500000"` or a safe integer → its amount; anything else (fractions, text, null) → null. */
export function rupiahAmountOf(value: string | number | null | undefined): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null;
  if (value == null || !/^-?\d+$/.test(value.trim())) return null;
  return BigInt(value.trim());
}
