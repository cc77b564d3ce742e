// Calendar helpers for seeding: WITA (UTC+8, no daylight saving) dates and the planning S-curve.
const WITA_OFFSET_MS = 8 * 3_600_000;

export function wita(date: Date): { year: number; month: number; day: number } {
  const local = new Date(date.getTime() + WITA_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The instant of a WITA wall-clock time. */
export function witaDate(year: number, month: number, day: number, hour: number): Date {
  return new Date(Date.UTC(year, month - 1, day, hour) - WITA_OFFSET_MS);
}

/** Cumulative share of a year's work planned by the end of `month`: slow start, busy second half. */
export function sCurve(month: number): number {
  const logistic = (m: number) => 1 / (1 + Math.exp(-0.65 * (m - 7)));
  return (logistic(month) - logistic(0)) / (logistic(12) - logistic(0));
}
