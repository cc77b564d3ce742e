// Reporting completeness and timeliness of an indicator's due periods against the tenant's deadline.
import { ScoringInputError } from './errors';
import { type Explanation, explain, explainCase } from './explanation';
import { DEFAULT_SCORING_SETTINGS, requireTimeZone } from './settings';
import { requireIntegerInRange, requireMonth, requireValidDate } from './validation';

export type ReportingState = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE_YET';

export interface Submission {
  readonly month: number;
  readonly submittedAt?: Date | null;
  readonly verifiedAt?: Date | null;
}

export interface ReportingInput {
  readonly year: number;
  /** Months that close a period, e.g. `reportingMonths('QUARTERLY')`. */
  readonly dueMonths: readonly number[];
  readonly submissions: readonly Submission[];
  /** The moment the status is evaluated at; verifications after it have not happened yet. */
  readonly asOf: Date;
  readonly dueDay?: number;
  readonly timeZone?: string;
}

export interface MonthReport {
  readonly month: number;
  /** End of the due day in the tenant's zone: a value verified before this instant is on time. */
  readonly deadline: Date;
  readonly state: ReportingState;
  readonly submittedAt: Date | null;
  readonly verifiedAt: Date | null;
}

export interface ReportingStatus {
  readonly months: readonly MonthReport[];
  readonly counts: Readonly<Record<ReportingState, number>>;
  /** Verified (on time or late) out of the due months; `null` while nothing is due yet. */
  readonly completeness: number | null;
  /** Verified on time out of the due months; `null` while nothing is due yet. */
  readonly timeliness: number | null;
  readonly completenessExplanation: Explanation;
  readonly timelinessExplanation: Explanation;
}

/** The instant the due day of the month after `month` ends in `timeZone` (December's is in January). */
export function reportingDeadline(
  year: number,
  month: number,
  dueDay: number = DEFAULT_SCORING_SETTINGS.dueDay,
  timeZone: string = DEFAULT_SCORING_SETTINGS.timeZone,
): Date {
  requireIntegerInRange(year, 'year', 1900, 9999);
  requireMonth(month, 'month');
  requireIntegerInRange(dueDay, 'dueDay', 1, 28);
  requireTimeZone(timeZone, 'timeZone');
  const key = `${year}|${month}|${dueDay}|${timeZone}`;
  let instant = deadlines.get(key);
  if (instant === undefined) {
    // Month index `month` (0-based) is the month after; Date.UTC rolls December into January.
    instant = zonedMidnightToUtc(year, month, dueDay + 1, timeZone);
    deadlines.set(key, instant);
  }
  return new Date(instant);
}

/** Deadlines by year, month, due day and zone: a rebuild asks for the same few thousands of times. */
const deadlines = new Map<string, number>();

export function reportingStatus(input: ReportingInput): ReportingStatus {
  const asOf = requireValidDate(input.asOf, 'asOf').getTime();
  const dueDay = input.dueDay ?? DEFAULT_SCORING_SETTINGS.dueDay;
  const timeZone = input.timeZone ?? DEFAULT_SCORING_SETTINGS.timeZone;

  const byMonth = new Map<number, Submission>();
  input.submissions.forEach((submission, index) => {
    const field = `submissions[${index}]`;
    requireMonth(submission.month, `${field}.month`);
    if (byMonth.has(submission.month)) {
      throw new ScoringInputError(`${field}.month`, 'duplicate', { month: submission.month });
    }
    if (submission.submittedAt != null) requireValidDate(submission.submittedAt, `${field}.submittedAt`);
    if (submission.verifiedAt != null) requireValidDate(submission.verifiedAt, `${field}.verifiedAt`);
    byMonth.set(submission.month, submission);
  });

  const seen = new Set<number>();
  const counts: Record<ReportingState, number> = { ON_TIME: 0, LATE: 0, MISSING: 0, NOT_DUE_YET: 0 };
  const months = input.dueMonths.map((month, index): MonthReport => {
    requireMonth(month, `dueMonths[${index}]`);
    if (seen.has(month)) throw new ScoringInputError(`dueMonths[${index}]`, 'duplicate', { month });
    seen.add(month);
    const deadline = reportingDeadline(input.year, month, dueDay, timeZone);
    const submission = byMonth.get(month);
    const submittedAt = submission?.submittedAt ?? null;
    const verifiedAt = submission?.verifiedAt ?? null;
    const state = stateOf(verifiedAt, deadline.getTime(), asOf);
    counts[state] += 1;
    return { month, deadline, state, submittedAt, verifiedAt };
  });

  const due = counts.ON_TIME + counts.LATE + counts.MISSING;
  const inputs = { ON_TIME: counts.ON_TIME, LATE: counts.LATE, MISSING: counts.MISSING };
  const dueText = `${counts.ON_TIME} + ${counts.LATE} + ${counts.MISSING}`;
  const completenessFormula = '(ON_TIME + LATE) / (ON_TIME + LATE + MISSING) × 100';
  const timelinessFormula = 'ON_TIME / (ON_TIME + LATE + MISSING) × 100';
  if (due === 0) {
    const condition = 'ON_TIME + LATE + MISSING = 0';
    return {
      months,
      counts,
      completeness: null,
      timeliness: null,
      completenessExplanation: explainCase(completenessFormula, condition, inputs, null, 'NOT_DUE_YET'),
      timelinessExplanation: explainCase(timelinessFormula, condition, inputs, null, 'NOT_DUE_YET'),
    };
  }
  const completeness = ((counts.ON_TIME + counts.LATE) * 100) / due;
  const timeliness = (counts.ON_TIME * 100) / due;
  return {
    months,
    counts,
    completeness,
    timeliness,
    completenessExplanation: explain(
      completenessFormula,
      `(${counts.ON_TIME} + ${counts.LATE}) / (${dueText}) × 100`,
      inputs,
      completeness,
    ),
    timelinessExplanation: explain(
      timelinessFormula,
      `${counts.ON_TIME} / (${dueText}) × 100`,
      inputs,
      timeliness,
    ),
  };
}

/**
 * A verification after `asOf` has not happened yet as of then, so replaying history gives the
 * status a screen showed at that moment. An unverified value becomes MISSING once its deadline passes
 * even if it was submitted: only verified values count.
 */
function stateOf(verifiedAt: Date | null, deadline: number, asOf: number): ReportingState {
  const verified = verifiedAt !== null && verifiedAt.getTime() <= asOf ? verifiedAt.getTime() : null;
  if (verified !== null) return verified < deadline ? 'ON_TIME' : 'LATE';
  return asOf < deadline ? 'NOT_DUE_YET' : 'MISSING';
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetMillis(instant: number, timeZone: string): number {
  let formatter = partsFormatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(new Date(instant))) part[type] = Number(value);
  const wallClock = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  // Instants here are whole seconds (midnights shifted by whole-second offsets), so no rounding is needed.
  return wallClock - instant;
}

/**
 * UTC instant of local midnight at the start of (year, monthIndex, day) in the zone. Two passes
 * settle zones whose offset differs between the naive guess and the answer (daylight saving).
 */
export function zonedMidnightToUtc(year: number, monthIndex: number, day: number, timeZone: string): number {
  const naive = Date.UTC(year, monthIndex, day);
  const first = naive - offsetMillis(naive, timeZone);
  return naive - offsetMillis(first, timeZone);
}
