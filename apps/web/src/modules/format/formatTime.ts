// Clock times in the tenant's zone with its Indonesian zone name: `10.05.32 WITA` (NTB is
// Asia/Makassar, UTC+8). The zone name is always the Indonesian one (WIB/WITA/WIT), which is
// also what English speakers in Indonesia use; "GMT+8" would read as foreign.
import { DEFAULT_TIME_ZONE } from './defaultTimeZone';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();
const zoneNames = new Map<string, string>();

function zoneNameOf(timeZone: string, date: Date): string {
  const cached = zoneNames.get(timeZone);
  if (cached !== undefined) return cached;
  const part = new Intl.DateTimeFormat('id-ID', { timeZone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName');
  // Indonesian zones have no daylight saving, so the name never changes and can be cached.
  const name = part?.value ?? timeZone;
  zoneNames.set(timeZone, name);
  return name;
}

/** `HH.mm.ss ZONE` (or `HH.mm ZONE` without seconds) of an instant (Date, ms or ISO string). */
export function formatTime(
  at: Date | number | string,
  options: { timeZone?: string; locale?: string; seconds?: boolean } = {},
): string {
  const { timeZone = DEFAULT_TIME_ZONE, locale = 'id-ID', seconds = true } = options;
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) return '—';
  const key = `${locale}/${timeZone}/${seconds}`;
  let formatter = timeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      hourCycle: 'h23',
    });
    timeFormatters.set(key, formatter);
  }
  return `${formatter.format(date)} ${zoneNameOf(timeZone, date)}`;
}
