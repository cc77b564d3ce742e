// The instant a calendar day starts or ends in a time zone (the tenant's: WITA for NTB), for the
// API's `from`/`to`. The zone's offset is read from Intl for that day, so any IANA zone works.
const DAY_MS = 24 * 60 * 60 * 1000;

/** Minutes the zone is ahead of UTC at an instant (WITA: +480). */
function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((asUtc - Math.floor(at / 60_000) * 60_000) / 60_000);
}

/**
 * `edge` 'start' is 00:00 of `date` (`YYYY-MM-DD`) in `timeZone`, 'end' is its 24:00 (the next
 * day's 00:00, which the API excludes), as an ISO instant; null when `date` is not a real date.
 */
export function dayEdgeInstant(date: string, edge: 'start' | 'end', timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(year, month - 1, day);
  const check = new Date(midnightUtc);
  // Date.UTC rolls 31 February over into March, and maps years below 100 to the 1900s.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  const local = midnightUtc + (edge === 'end' ? DAY_MS : 0);
  // The offset at the wall-clock instant, then at the corrected one (they differ only across a DST change).
  const guess = local - offsetMinutes(timeZone, local) * 60_000;
  return new Date(local - offsetMinutes(timeZone, guess) * 60_000).toISOString();
}
