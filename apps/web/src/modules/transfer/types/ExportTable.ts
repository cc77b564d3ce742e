// A table as the export utilities read it: a title (for the file and sheet name), columns, rows.
import type { ExportColumn } from './ExportColumn';

export interface ExportTable {
  title: string;
  columns: ExportColumn[];
  /** Cells by column key; null (or a missing key) is an empty cell. */
  rows: Record<string, string | number | null>[];
}
