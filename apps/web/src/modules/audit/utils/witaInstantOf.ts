// The instant a calendar day starts or ends in WITA (Asia/Makassar), for the API's `from`/`to`.
// WITA is UTC+8 all year: Indonesia keeps no daylight saving time.
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `edge` 'start' is 00:00 WITA of `date` (`YYYY-MM-DD`), 'end' is its 24:00 (the next day's
 * 00:00, which the API excludes), as an ISO instant; null when `date` is not a real date.
 */
export function witaInstantOf(date: string, edge: 'start' | 'end'): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const check = new Date(midnightUtc);
  // Date.UTC rolls 31 February over into March, and maps years below 100 to the 1900s.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  return new Date(midnightUtc + (edge === 'end' ? DAY_MS : 0) - WITA_OFFSET_MS).toISOString();
}
