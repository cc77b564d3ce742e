// One column of a table to export: where its values live in a row, its header, and what kind of
// value it holds (which decides how the value is written to CSV and XLSX).
export interface ExportColumn {
  key: string;
  header: string;
  /**
   * `number` and `percent` are JS numbers (a percent is already in percent: 93.4 means 93,4%);
   * `rupiah` is integer Rupiah as the API's decimal-digit string (may exceed 2^53);
   * `date` is a calendar date `YYYY-MM-DD` or an ISO instant.
   */
  kind: 'text' | 'number' | 'percent' | 'rupiah' | 'date';
}
