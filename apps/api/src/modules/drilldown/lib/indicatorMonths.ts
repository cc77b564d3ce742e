// The month rows of an indicator's year: due periods, targets and entered values in any status,
// each with its reporting deadline.
import type { Measurement, Target } from '@ekinerja/db';
import { isDueMonth, reportingDeadline, type Frequency, type ScoringSettings } from '@ekinerja/scoring';

export interface IndicatorMonthRow {
  month: number;
  due: boolean;
  target: Target | null;
  measurement: Measurement | null;
  deadline: Date;
  late: boolean | null;
}

/**
 * A value verified at or after the deadline is late (the engine's reporting status counts it on
 * time only when verified before); an unverified one becomes late once the deadline has passed.
 */
export function isLate(
  measurement: Pick<Measurement, 'status' | 'verifiedAt'> | null,
  deadline: Date,
  now: Date,
): boolean | null {
  const verifiedAt = measurement?.status === 'VERIFIED' ? measurement.verifiedAt : null;
  if (verifiedAt) return verifiedAt.getTime() >= deadline.getTime();
  return now.getTime() >= deadline.getTime() ? true : null;
}

export function indicatorMonths(
  input: {
    year: number;
    frequency: Frequency;
    targets: readonly Target[];
    measurements: readonly Measurement[];
  },
  settings: ScoringSettings,
  now: Date,
): IndicatorMonthRow[] {
  const targets = new Map(input.targets.map((t) => [t.month, t]));
  const measurements = new Map(input.measurements.map((m) => [m.month, m]));
  const rows: IndicatorMonthRow[] = [];
  for (let month = 1; month <= 12; month++) {
    const due = isDueMonth(input.frequency, month);
    const target = targets.get(month) ?? null;
    const measurement = measurements.get(month) ?? null;
    if (!due && !target && !measurement) continue;
    const deadline = reportingDeadline(input.year, month, settings.dueDay, settings.timeZone);
    // A month that closes no period and has nothing entered is owed nothing.
    const late = due || measurement ? isLate(measurement, deadline, now) : null;
    rows.push({ month, due, target, measurement, deadline, late });
  }
  return rows;
}
