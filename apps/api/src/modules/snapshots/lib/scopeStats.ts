// Reporting and budget figures per month, cumulative, as one indicator or one budget line adds
// them to every scope above it (pure). A rebuild sums every line's figures; a write adds the
// difference between a line's figures after and before, so both paths agree by construction.

export interface StatsFigures {
  reportsDue: number;
  reportsOnTime: number;
  budgetLines: number;
  pagu: bigint;
  plannedSpend: bigint;
  realisedSpend: bigint;
  plannedPhysicalWeighted: number;
  realisedPhysicalWeighted: number;
}

/** Figures for months 1..12 (index 0 is January), each cumulative up to its month. */
export type YearFigures = StatsFigures[];

export const MONTHS = 12;

export function emptyFigures(): StatsFigures {
  return {
    reportsDue: 0,
    reportsOnTime: 0,
    budgetLines: 0,
    pagu: 0n,
    plannedSpend: 0n,
    realisedSpend: 0n,
    plannedPhysicalWeighted: 0,
    realisedPhysicalWeighted: 0,
  };
}

export function emptyYear(): YearFigures {
  return Array.from({ length: MONTHS }, emptyFigures);
}

export interface ReportRow {
  month: number;
  status: string;
  verifiedAt: Date | null;
}

/**
 * One indicator's reports: every month with a target is due; it counts as on time when its value
 * was verified before that month's deadline (`deadline(month)`).
 */
export function reportFigures(
  dueMonths: Iterable<number>,
  measurements: readonly ReportRow[],
  deadline: (month: number) => Date,
): YearFigures {
  const year = emptyYear();
  const byMonth = new Map(measurements.map((m) => [m.month, m]));
  for (const month of dueMonths) {
    const onTime = isOnTime(byMonth.get(month), deadline(month)) ? 1 : 0;
    for (let k = month - 1; k < MONTHS; k++) {
      year[k]!.reportsDue += 1;
      year[k]!.reportsOnTime += onTime;
    }
  }
  return year;
}

export function isOnTime(measurement: ReportRow | undefined, deadline: Date): boolean {
  return (
    measurement?.status === 'VERIFIED' &&
    measurement.verifiedAt !== null &&
    measurement.verifiedAt.getTime() < deadline.getTime()
  );
}

export interface BudgetMonthRow {
  month: number;
  plannedSpend: bigint;
  realisedSpend: bigint | null;
  plannedPhysical: number;
  realisedPhysical: number | null;
}

/**
 * One sub-activity: spend adds up month by month; physical progress is already cumulative, so a
 * month reads its own plan and the latest reported realisation, each weighted by the pagu. The
 * pagu is one for the year, or the one in force for each month (January first) once it was
 * revised (APBD-P).
 */
export function budgetFigures(
  paguOf: bigint | readonly bigint[],
  months: readonly BudgetMonthRow[],
): YearFigures {
  const year = emptyYear();
  const byMonth = new Map(months.map((m) => [m.month, m]));
  let planned = 0n;
  let realised = 0n;
  let realisedPhysical = 0;
  for (let k = 0; k < MONTHS; k++) {
    const row = byMonth.get(k + 1);
    planned += row?.plannedSpend ?? 0n;
    realised += row?.realisedSpend ?? 0n;
    if (row?.realisedPhysical !== null && row?.realisedPhysical !== undefined)
      realisedPhysical = row.realisedPhysical;
    const pagu = typeof paguOf === 'bigint' ? paguOf : paguOf[k]!;
    const paguWeight = Number(pagu);
    const figures = year[k]!;
    figures.budgetLines = 1;
    figures.pagu = pagu;
    figures.plannedSpend = planned;
    figures.realisedSpend = realised;
    figures.plannedPhysicalWeighted = paguWeight * (row?.plannedPhysical ?? 0);
    figures.realisedPhysicalWeighted = paguWeight * realisedPhysical;
  }
  return year;
}

export function addFigures(into: StatsFigures, other: StatsFigures, sign: 1 | -1 = 1): void {
  const big = BigInt(sign);
  into.reportsDue += sign * other.reportsDue;
  into.reportsOnTime += sign * other.reportsOnTime;
  into.budgetLines += sign * other.budgetLines;
  into.pagu += big * other.pagu;
  into.plannedSpend += big * other.plannedSpend;
  into.realisedSpend += big * other.realisedSpend;
  into.plannedPhysicalWeighted += sign * other.plannedPhysicalWeighted;
  into.realisedPhysicalWeighted += sign * other.realisedPhysicalWeighted;
}

export function addYear(into: YearFigures, other: YearFigures): void {
  for (let k = 0; k < MONTHS; k++) addFigures(into[k]!, other[k]!);
}

/** after − before, month by month; months where nothing moved are left out. */
export function yearDifference(after: YearFigures, before: YearFigures): Map<number, StatsFigures> {
  const changes = new Map<number, StatsFigures>();
  for (let k = 0; k < MONTHS; k++) {
    const delta = emptyFigures();
    addFigures(delta, after[k]!);
    addFigures(delta, before[k]!, -1);
    if (!isEmpty(delta)) changes.set(k + 1, delta);
  }
  return changes;
}

function isEmpty(f: StatsFigures): boolean {
  return (
    f.reportsDue === 0 &&
    f.reportsOnTime === 0 &&
    f.budgetLines === 0 &&
    f.pagu === 0n &&
    f.plannedSpend === 0n &&
    f.realisedSpend === 0n &&
    f.plannedPhysicalWeighted === 0 &&
    f.realisedPhysicalWeighted === 0
  );
}

/**
 * The month whose timeliness a scoreboard for `month` shows: the latest month up to it whose
 * reporting deadline has passed at `now` (0 when none has, i.e. nothing is due yet).
 */
export function latestClosedMonth(month: number, now: Date, deadline: (month: number) => Date): number {
  for (let k = month; k >= 1; k--) if (deadline(k).getTime() < now.getTime()) return k;
  return 0;
}
