// A file's size as Indonesian readers expect it: `512 B`, `820 KB`, `1,5 MB` (id-ID decimal comma).
import { formatNumber } from '../../format/formatNumber';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** Binary multiples (1 KB = 1024 B), as the 10 MB upload limit counts them; one decimal above KB. */
export function formatFileSize(bytes: number | null | undefined, locale = 'id-ID'): string {
  if (bytes == null || !Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const decimals = unit < 2 || Number.isInteger(value) ? 0 : 1;
  return `${formatNumber(unit < 2 ? Math.round(value) : value, decimals, locale)} ${UNITS[unit]}`;
}
