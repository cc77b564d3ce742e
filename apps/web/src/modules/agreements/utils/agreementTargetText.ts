// A PK indicator's yearly target as printed: `1.234,5 %`, or a band `2 – 4 %` for STABILIZE.
import { formatNumber } from '../../format/formatNumber';

export function agreementTargetText(
  row: { target: number | null; low: number | null; high: number | null; unit: string },
  locale = 'id-ID',
): string {
  const n = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2, locale);
  if (row.low !== null && row.high !== null) return `${n(row.low)} – ${n(row.high)} ${row.unit}`.trim();
  if (row.target === null) return '—';
  return `${n(row.target)} ${row.unit}`.trim();
}
