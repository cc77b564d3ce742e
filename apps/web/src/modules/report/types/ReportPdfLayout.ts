/** A table under its own heading; no rows shows `none` across it. */
export interface TitledTable {
  title: string;
  head: string[];
  rows: string[][];
  none: string;
}

// Everything the PDF shows, already translated and formatted: the builder only draws it.
export interface ReportPdfLayout {
  /** Document title, e.g. `Laporan Kinerja Triwulan III 2026`; also the PDF's metadata title. */
  title: string;
  /** Lines under the title: unit, period, score and predikat. */
  headerLines: string[];
  /** The indicator table's column headers. */
  head: string[];
  /** Rows of the indicator table; a `section` row is a perspective/objective heading across all columns. */
  body: ({ kind: 'section'; text: string } | { kind: 'row'; cells: string[] })[];
  /** Index of the columns whose figures are right-aligned. */
  numericColumns: number[];
  /** Relative column widths (any unit); the table spans the page's text width. */
  columnWidths: number[];
  /** The sub-kegiatan with pagu murni, pagu perubahan and serapan at the quarter's end. */
  budget: TitledTable;
  /** Written analyses of the indicators below target. */
  analyses: TitledTable;
  /** Open issues. */
  issues: TitledTable;
  /** `Dibuat 29 Nov 2026 10.05 WITA`, on every page's footer. */
  generatedAt: string;
  /** Footer page label with `{page}` and `{pages}` placeholders: `Halaman {page} dari {pages}`. */
  pageLabel: string;
}
