// A month's name in the UI language (`Januari` / `Jan`), for tables and chart axes.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatMonth(month: number, locale = 'id-ID', style: 'long' | 'short' = 'long'): string {
  const key = `${locale}/${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(2000, month - 1, 15)));
}
