// The reporting calendar: when a period's entry window opens, when its value is due, and when it
// locks itself after the grace days, in the tenant's time zone.
import type { Frequency } from './periods';
import { reportingDeadline, zonedMidnightToUtc } from './reporting';
import { DEFAULT_SCORING_SETTINGS, requireTimeZone } from './settings';
import { requireIntegerInRange, requireMonth, requireValidDate } from './validation';

/** Days of the month after the period ends; `graceDays` null: the period never locks itself. */
export interface CalendarRule {
  readonly openDay: number;
  readonly dueDay: number;
  readonly graceDays: number | null;
}

export type ReportingCalendar = Readonly<Record<Frequency, CalendarRule>>;

export const FREQUENCIES: readonly Frequency[] = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY'];

export const DEFAULT_CALENDAR_RULE: CalendarRule = Object.freeze({
  openDay: 1,
  dueDay: DEFAULT_SCORING_SETTINGS.dueDay,
  graceDays: null,
});

export const MAX_GRACE_DAYS = 90;

/** A tenant's calendar from its stored rules; a frequency without one keeps the defaults. */
export function reportingCalendar(
  rules: readonly (CalendarRule & { readonly frequency: Frequency })[],
): ReportingCalendar {
  const byFrequency = new Map(rules.map((r) => [r.frequency, r]));
  const calendar = {} as Record<Frequency, CalendarRule>;
  for (const frequency of FREQUENCIES) {
    const rule = byFrequency.get(frequency);
    calendar[frequency] = rule
      ? { openDay: rule.openDay, dueDay: rule.dueDay, graceDays: rule.graceDays }
      : DEFAULT_CALENDAR_RULE;
  }
  return calendar;
}

export interface PeriodWindow {
  /** Start of the open day in the tenant's zone. */
  readonly opensAt: Date;
  /** End of the due day: a value verified before it is on time. */
  readonly dueAt: Date;
  /** End of the last grace day; null when the period never locks itself. */
  readonly locksAt: Date | null;
}

/** The window of the period that ends with `month` of `year`. */
export function periodWindow(
  year: number,
  month: number,
  rule: CalendarRule,
  timeZone: string = DEFAULT_SCORING_SETTINGS.timeZone,
): PeriodWindow {
  requireMonth(month, 'month');
  requireIntegerInRange(rule.openDay, 'openDay', 1, 28);
  if (rule.graceDays !== null) requireIntegerInRange(rule.graceDays, 'graceDays', 0, MAX_GRACE_DAYS);
  requireTimeZone(timeZone, 'timeZone');
  const dueAt = reportingDeadline(year, month, rule.dueDay, timeZone);
  // Month index `month` (0-based) is the month after; Date.UTC rolls days past its end forward.
  const opensAt = new Date(zonedMidnightToUtc(year, month, rule.openDay, timeZone));
  const locksAt =
    rule.graceDays === null
      ? null
      : new Date(zonedMidnightToUtc(year, month, rule.dueDay + 1 + rule.graceDays, timeZone));
  return { opensAt, dueAt, locksAt };
}

/** NOT_OPEN before the open day, OPEN until the due day ends, GRACE until it locks, then LOCKED. */
export type PeriodPhase = 'NOT_OPEN' | 'OPEN' | 'GRACE' | 'LOCKED';

export function periodPhase(window: PeriodWindow, now: Date): PeriodPhase {
  const t = requireValidDate(now, 'now').getTime();
  if (t < window.opensAt.getTime()) return 'NOT_OPEN';
  if (t < window.dueAt.getTime()) return 'OPEN';
  if (window.locksAt === null || t < window.locksAt.getTime()) return 'GRACE';
  return 'LOCKED';
}
