// Sequence numbers are decimal strings of a 64-bit counter: compared as BigInt, never as floats.

/** Whether `candidate` is strictly newer than `current` (malformed input counts as not newer). */
export function isSeqAhead(candidate: string, current: string): boolean {
  try {
    return BigInt(candidate) > BigInt(current);
  } catch {
    return false;
  }
}
