// Calendar dates and instants as Indonesian readers expect them (`29 Nov 2026`, with the time and
// zone for instants), in the tenant's zone.
import { DEFAULT_TIME_ZONE } from './defaultTimeZone';
import { formatTime } from './formatTime';

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}/${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A calendar date `YYYY-MM-DD` (no zone shift) or an instant's date in the zone. */
export function formatDate(
  value: string | null | undefined,
  options: { locale?: string; timeZone?: string } = {},
): string {
  if (!value) return '—';
  const { locale = 'id-ID', timeZone = DEFAULT_TIME_ZONE } = options;
  const calendar = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(calendar ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return '—';
  return dateFormatter(locale, calendar ? 'UTC' : timeZone).format(date);
}

/** An instant as `29 Nov 2026 10.05 WITA`. */
export function formatDateTime(
  value: string | null | undefined,
  options: { locale?: string; timeZone?: string } = {},
): string {
  if (!value || Number.isNaN(new Date(value).getTime())) return '—';
  return `${formatDate(value, options)} ${formatTime(value, { ...options, seconds: false })}`;
}
