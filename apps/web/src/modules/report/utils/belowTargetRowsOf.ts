// The report's indicators below target (yellow or red up to the quarter's end), in the table's
// order: each needs its written analysis in LKjIP Bab III.
import type { ReportRow, ReportSection } from '../types/ReportRow';

export function belowTargetRowsOf(sections: readonly ReportSection[]): ReportRow[] {
  return sections
    .flatMap((s) => s.objectives.flatMap((o) => o.rows))
    .filter((row) => row.band === 'YELLOW' || row.band === 'RED');
}
