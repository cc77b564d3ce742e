// Quarter ↔ month: a quarter's report is read at its last month (March, June, September, December).
import type { ReportPeriod } from '../types/ReportPeriod';

/** 1 → 3, 2 → 6, 3 → 9, 4 → 12. */
export function quarterEndMonth(quarter: ReportPeriod['quarter']): number {
  return quarter * 3;
}

/** The quarter a month (1–12) falls in. */
export function quarterOfMonth(month: number): ReportPeriod['quarter'] {
  return Math.min(4, Math.max(1, Math.ceil(month / 3))) as ReportPeriod['quarter'];
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `III` for 3, as reports name quarters (Triwulan III). */
export function romanQuarter(quarter: ReportPeriod['quarter']): string {
  return ROMAN[quarter - 1]!;
}
