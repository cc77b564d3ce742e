// Which reminders a reporting period calls for at a moment: for each frequency, the newest period
// whose entry window has opened, and where `now` stands against its due day and grace period.
import {
  FREQUENCIES,
  isDueMonth,
  periodPhase,
  periodWindow,
  type Frequency,
  type PeriodWindow,
  type ReportingCalendar,
} from '@ekinerja/scoring';

export type ReminderEvent = 'WINDOW_OPENED' | 'DUE_SOON' | 'DUE_TODAY' | 'OVERDUE' | 'OVERDUE_ESCALATED';

export interface ReminderPeriod {
  frequency: Frequency;
  year: number;
  month: number;
  window: PeriodWindow;
  /** The due day as a date in the tenant's zone (YYYY-MM-DD). */
  dueDate: string;
  events: ReminderEvent[];
}

/** Days before the due day when "due soon" is sent. */
export const DUE_SOON_DAYS = 3;

const DAY_MS = 86_400_000;

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Whole days from date `a` to date `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

function eventsAt(window: PeriodWindow, today: string, dueDate: string, now: Date): ReminderEvent[] {
  const phase = periodPhase(window, now);
  if (phase === 'NOT_OPEN') return [];
  if (phase === 'GRACE') return ['OVERDUE'];
  if (phase === 'LOCKED') return ['OVERDUE', 'OVERDUE_ESCALATED'];
  const left = daysBetween(today, dueDate);
  if (left <= 0) return ['DUE_TODAY'];
  if (left <= DUE_SOON_DAYS) return ['DUE_SOON'];
  return ['WINDOW_OPENED'];
}

/** For each frequency, the newest period whose window is open by `now`, with its reminders. */
export function reminderPeriods(calendar: ReportingCalendar, timeZone: string, now: Date): ReminderPeriod[] {
  const today = localDate(now, timeZone);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const periods: ReminderPeriod[] = [];
  for (const frequency of FREQUENCIES) {
    // Walk back from the current month: a yearly period is at most a year behind.
    for (let back = 0; back <= 13; back += 1) {
      const index = year * 12 + (month - 1) - back;
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      if (!isDueMonth(frequency, m)) continue;
      const window = periodWindow(y, m, calendar[frequency], timeZone);
      if (window.opensAt.getTime() > now.getTime()) continue;
      const dueDate = localDate(new Date(window.dueAt.getTime() - 1), timeZone);
      periods.push({
        frequency,
        year: y,
        month: m,
        window,
        dueDate,
        events: eventsAt(window, today, dueDate, now),
      });
      break;
    }
  }
  return periods;
}
