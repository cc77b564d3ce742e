import { describe, expect, it } from 'vitest';
import { calendarDraftOf, readCalendar, type CalendarRule } from '../calendarForm';

const stored: CalendarRule[] = [
  { frequency: 'MONTHLY', openDay: 1, dueDay: 10, graceDays: 5 },
  { frequency: 'QUARTERLY', openDay: 1, dueDay: 15, graceDays: null },
  { frequency: 'SEMESTER', openDay: 2, dueDay: 20, graceDays: 0 },
  { frequency: 'YEARLY', openDay: 5, dueDay: 28, graceDays: 30 },
];

describe('reporting calendar form', () => {
  it('round-trips the stored calendar; no grace days is an empty box', () => {
    const draft = calendarDraftOf(stored);
    expect(draft.QUARTERLY.graceDays).toBe('');
    expect(draft.SEMESTER.graceDays).toBe('0');
    expect(readCalendar(draft).rules).toEqual(stored);
  });

  it('names each day that is not a whole number, by the field the API names', () => {
    const draft = calendarDraftOf(stored);
    draft.MONTHLY.dueDay = '10,5';
    draft.YEARLY.openDay = '';
    draft.SEMESTER.graceDays = 'tiga';
    const read = readCalendar(draft);
    expect(read.rules).toBeNull();
    expect(read.errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'reportingCalendar.0.dueDay:settings.errors.wholeDay',
      'reportingCalendar.2.graceDays:settings.errors.wholeGrace',
      'reportingCalendar.3.openDay:settings.errors.wholeDay',
    ]);
  });
});
