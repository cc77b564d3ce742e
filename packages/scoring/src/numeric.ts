// Float helpers: thresholds and drift guards shared by classification, budget and roll-ups.

/**
 * Values within this distance of a threshold count as reaching it. Roll-ups computed incrementally
 * and from scratch differ by float noise (~1e-13); without the tolerance a score of exactly 80
 * could be YELLOW in one and RED in the other.
 */
export const THRESHOLD_TOLERANCE = 1e-9;

/** A weight sum below this is float residue of subtracting every child, not real data. */
export const WEIGHT_SUM_EPSILON = 1e-9;

export function reaches(value: number, threshold: number): boolean {
  return value >= threshold - THRESHOLD_TOLERANCE;
}

export function isBelow(value: number, threshold: number): boolean {
  return value < threshold - THRESHOLD_TOLERANCE;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The value an achievement contributes to its parent: at most `cap`, so one runaway indicator
 * cannot mask the others, and at least 0, so a negative realisation of a MAXIMIZE indicator
 * (e.g. negative growth) cannot pull a parent below what MINIMIZE and STABILIZE can reach.
 */
export function counted(achievement: number, cap: number): number {
  return clamp(achievement, 0, cap);
}

export function closeTo(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}
