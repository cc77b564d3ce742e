// The years the lock page offers: the current one with the one before and the one after.
export function yearOptionsOf(currentYear: number): number[] {
  return [currentYear - 1, currentYear, currentYear + 1];
}
