// A download's file name: the title as a plain ASCII slug plus the date, e.g.
// `capaian-opd-2026-11-29.xlsx`, safe on every file system and in every browser.
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';

const MAX_SLUG_LENGTH = 80;

/** `date` is taken in `timeZone` (the tenant's), so an export at 00:30 WITA carries that day. */
export function fileNameFor(
  title: string,
  date: Date,
  extension: 'xlsx' | 'csv',
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const slug =
    title
      // Accents off (`Capaian Sékolah` → `capaian-sekolah`), then anything else to dashes.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/^-+|-+$/g, '') || 'data';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${slug}-${part('year')}-${part('month')}-${part('day')}.${extension}`;
}
