// A report row's figures as text (id-ID by default), the same on screen and in the PDF.
import { formatNumber } from '../../format/formatNumber';
import { formatPercent } from '../../format/formatPercent';
import type { ReportRow } from '../types/ReportRow';

export interface ReportCells {
  target: string;
  realisation: string;
  /** Raw achievement, `130,00%`. */
  achievement: string;
  /** The capped achievement when it differs from the raw one (`120,00%`), else null. */
  capped: string | null;
}

export function reportCellsOf(row: ReportRow, locale = 'id-ID'): ReportCells {
  const target =
    row.target === null && row.targetLow !== null && row.targetHigh !== null
      ? `${formatNumber(row.targetLow, 2, locale)}–${formatNumber(row.targetHigh, 2, locale)}`
      : formatNumber(row.target, 2, locale);
  const differs = row.capped !== null && row.raw !== null && Math.abs(row.capped - row.raw) > 1e-9;
  return {
    target,
    realisation: formatNumber(row.realisation, 2, locale),
    achievement: formatPercent(row.raw, 2, locale),
    capped: differs ? formatPercent(row.capped, 2, locale) : null,
  };
}
