// The calendar date (and time of day, for instants) a date cell shows: calendar dates as they are,
// instants in the tenant's zone, so an export agrees with what the app displays.
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** False for a calendar date `YYYY-MM-DD`, true for an instant. */
  hasTime: boolean;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
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
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A `YYYY-MM-DD` date or an ISO instant (`2026-11-29T02:05:00Z`); anything else is null. */
export function wallClockOf(value: string, timeZone = DEFAULT_TIME_ZONE): WallClock | null {
  const text = value.trim();
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (calendar) {
    const [year, month, day] = calendar.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(year, month - 1, day));
    // Rejects 2026-02-30 and the like, which Date would silently roll over.
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      return null;
    }
    return { year, month, day, hour: 0, minute: 0, second: 0, hasTime: false };
  }
  // Only ISO instants: how Date parses any other string is up to the engine.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return null;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
    hasTime: true,
  };
}
