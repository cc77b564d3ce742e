// `part` as a percentage of `whole`, both integer Rupiah strings, computed in BigInt so large
// budgets keep their precision (two decimals); null when the whole is zero or malformed.
export function shareOf(part: string, whole: string): number | null {
  try {
    const denominator = BigInt(whole);
    if (denominator === 0n) return null;
    return Number((BigInt(part) * 10_000n) / denominator) / 100;
  } catch {
    return null;
  }
}
