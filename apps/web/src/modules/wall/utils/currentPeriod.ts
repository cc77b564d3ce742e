// The reporting period (year, month) that is current in the tenant's zone: a WITA wall must
// switch months at midnight WITA, not at the browser's or UTC midnight.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function currentPeriod(now: Date, timeZone: string): { year: number; month: number } {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const value = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: value('year'), month: value('month') };
}
