import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_RULE, periodPhase, periodWindow, reportingCalendar } from './calendar';

const rule = { openDay: 1, dueDay: 10, graceDays: 5 };

describe('periodWindow', () => {
  it('opens, falls due and locks on days of the month after the period, in WITA', () => {
    const w = periodWindow(2026, 3, rule, 'Asia/Makassar');
    expect(w.opensAt.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(w.dueAt.toISOString()).toBe('2026-04-10T16:00:00.000Z');
    expect(w.locksAt?.toISOString()).toBe('2026-04-15T16:00:00.000Z');
  });

  it("rolls December's window into January and grace past the end of a month", () => {
    const w = periodWindow(2026, 12, { openDay: 5, dueDay: 28, graceDays: 10 }, 'Asia/Makassar');
    expect(w.opensAt.toISOString()).toBe('2027-01-04T16:00:00.000Z');
    expect(w.dueAt.toISOString()).toBe('2027-01-28T16:00:00.000Z');
    expect(w.locksAt?.toISOString()).toBe('2027-02-07T16:00:00.000Z');
  });

  it('ends days at midnight of the zone given', () => {
    expect(periodWindow(2026, 1, rule, 'Asia/Jakarta').dueAt.toISOString()).toBe('2026-02-10T17:00:00.000Z');
    expect(periodWindow(2026, 1, rule, 'Asia/Jayapura').locksAt?.toISOString()).toBe(
      '2026-02-15T15:00:00.000Z',
    );
  });

  it('never locks without grace days', () => {
    expect(periodWindow(2026, 1, DEFAULT_CALENDAR_RULE).locksAt).toBeNull();
  });

  it('rejects days outside the month every month has and grace beyond 90 days', () => {
    expect(() => periodWindow(2026, 1, { ...rule, openDay: 29 })).toThrow(/openDay: range/);
    expect(() => periodWindow(2026, 1, { ...rule, dueDay: 0 })).toThrow(/dueDay: range/);
    expect(() => periodWindow(2026, 1, { ...rule, graceDays: 91 })).toThrow(/graceDays: range/);
  });
});

describe('periodPhase', () => {
  const w = periodWindow(2026, 3, rule, 'Asia/Makassar');
  it.each([
    ['2026-03-31T15:59:59Z', 'NOT_OPEN'],
    ['2026-03-31T16:00:00Z', 'OPEN'],
    ['2026-04-10T15:59:59Z', 'OPEN'],
    ['2026-04-10T16:00:00Z', 'GRACE'],
    ['2026-04-15T15:59:59Z', 'GRACE'],
    ['2026-04-15T16:00:00Z', 'LOCKED'],
  ])('at %s the period is %s', (now, phase) => {
    expect(periodPhase(w, new Date(now))).toBe(phase);
  });

  it('stays in grace for ever when the period never locks itself', () => {
    const open = periodWindow(2026, 3, { ...rule, graceDays: null });
    expect(periodPhase(open, new Date('2030-01-01T00:00:00Z'))).toBe('GRACE');
  });
});

describe('reportingCalendar', () => {
  it('fills the frequencies without a stored rule with the defaults', () => {
    const calendar = reportingCalendar([{ frequency: 'QUARTERLY', openDay: 3, dueDay: 15, graceDays: 7 }]);
    expect(calendar.QUARTERLY).toEqual({ openDay: 3, dueDay: 15, graceDays: 7 });
    expect(calendar.MONTHLY).toEqual(DEFAULT_CALENDAR_RULE);
    expect(calendar.YEARLY).toEqual(DEFAULT_CALENDAR_RULE);
  });
});
