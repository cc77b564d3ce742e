// Percentages (achievement, absorption, progress) as `93,40%`, in the id-ID number format.
import { formatNumber } from './formatNumber';

/** `value` is already in percent (93.4 → "93,40%"); null means no data and shows an em dash. */
export function formatPercent(value: number | null | undefined, decimals = 2, locale = 'id-ID'): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${formatNumber(value, decimals, locale)}%`;
}
