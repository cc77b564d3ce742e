import { reportingCalendar } from '@ekinerja/scoring';
import { describe, expect, it } from 'vitest';
import { daysBetween, localDate, reminderPeriods } from './reminderSchedule';

const WITA = 'Asia/Makassar';
const calendar = reportingCalendar([{ frequency: 'MONTHLY', openDay: 1, dueDay: 10, graceDays: 5 }]);
const monthly = (now: string) =>
  reminderPeriods(calendar, WITA, new Date(now)).find((p) => p.frequency === 'MONTHLY')!;

describe('reminderPeriods', () => {
  it('names the newest open monthly period and its due date in the tenant zone', () => {
    const p = monthly('2026-12-03T01:00:00Z');
    expect(p).toMatchObject({ year: 2026, month: 11, dueDate: '2026-12-10', events: ['WINDOW_OPENED'] });
  });

  it('moves from window opened to due soon, due today, overdue, and escalation after the grace days', () => {
    expect(monthly('2026-12-05T16:30:00Z').events).toEqual(['WINDOW_OPENED']); // 6 Dec 00:30 WITA
    expect(monthly('2026-12-07T01:00:00Z').events).toEqual(['DUE_SOON']);
    expect(monthly('2026-12-09T23:00:00Z').events).toEqual(['DUE_TODAY']); // 10 Dec 07:00 WITA
    expect(monthly('2026-12-10T16:30:00Z').events).toEqual(['OVERDUE']); // 11 Dec 00:30 WITA
    expect(monthly('2026-12-15T16:30:00Z').events).toEqual(['OVERDUE', 'OVERDUE_ESCALATED']);
  });

  it('crosses the year: in January the period is December of the year before', () => {
    expect(monthly('2027-01-02T01:00:00Z')).toMatchObject({ year: 2026, month: 12 });
  });

  it('keeps the last quarter until the next one opens', () => {
    const quarter = reminderPeriods(calendar, WITA, new Date('2026-12-11T01:00:00Z')).find(
      (p) => p.frequency === 'QUARTERLY',
    )!;
    expect(quarter).toMatchObject({ year: 2026, month: 9, events: ['OVERDUE'] });
  });
});

describe('dates', () => {
  it('reads the calendar date in the zone and counts days between dates', () => {
    expect(localDate(new Date('2026-12-10T16:30:00Z'), WITA)).toBe('2026-12-11');
    expect(daysBetween('2026-12-28', '2027-01-02')).toBe(5);
  });
});
