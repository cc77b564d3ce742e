// A table as an Excel workbook: one sheet, bold frozen header, fitted columns, numbers, Rupiah and
// dates as real typed cells, and text only ever as plain strings (never formulas).
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { formatDate, formatDateTime } from '../../format/formatDate';
import { formatNumber } from '../../format/formatNumber';
import { formatPercent } from '../../format/formatPercent';
import { formatRupiah } from '../../format/formatRupiah';
import type { ExportColumn } from '../types/ExportColumn';
import type { ExportTable } from '../types/ExportTable';
import { escapeCell } from './escapeCell';
import { loadExcelJs } from './loadExcelJs';
import { rupiahAmountOf } from './rupiahAmountOf';
import { sheetNameFor } from './sheetNameFor';
import { wallClockOf } from './wallClockOf';

const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Format codes are stored locale-neutral (`,` groups, `.` decimals) and Excel shows them with the
// reader's separators: `1.234,56` and `Rp1.234.567` on an Indonesian Windows.
const NUMBER_FORMAT = '#,##0.00';
// Percent values are already in percent (93.4 means 93,4%), as in the app: the `%` is a literal so
// the cell keeps the app's value instead of being divided by 100 (`0.00%` would show 9340,00%).
const PERCENT_FORMAT = '#,##0.00"%"';
const RUPIAH_FORMAT = '"Rp"#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

// Excel keeps 15 significant digits; a longer amount is written as exact text instead of being
// rounded silently (15 digits is a quadrillion Rupiah, far beyond any regional budget).
const MAX_EXACT_AMOUNT = 999_999_999_999_999n;
// Excel's limit for one cell; a longer text makes Excel "repair" the file on opening.
const MAX_CELL_TEXT = 32_767;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

interface SheetCell {
  value: string | number | Date | null;
  numFmt?: string;
  /** Exact Rupiah too long for a number: text, aligned like the numbers around it. */
  alignRight?: boolean;
  /** What the reader sees, to fit the column width. */
  shown: string;
}

/** Half a surrogate pair is not a character XML can hold (exceljs drops only control characters). */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Text that is safe in a cell: formula-escaped, within Excel's limit, well-formed. */
function plainText(value: string): string {
  return wellFormed(escapeCell(value).slice(0, MAX_CELL_TEXT));
}

function numberCell(kind: ExportColumn['kind'], value: number): SheetCell {
  if (!Number.isFinite(value)) return { value: null, shown: '' };
  switch (kind) {
    case 'number':
      return { value, numFmt: NUMBER_FORMAT, shown: formatNumber(value) };
    case 'percent':
      return { value, numFmt: PERCENT_FORMAT, shown: formatPercent(value) };
    default:
      return { value, shown: String(value) };
  }
}

function sheetCell(
  column: ExportColumn,
  value: string | number | null | undefined,
  timeZone: string,
): SheetCell {
  if (value == null || value === '') return { value: null, shown: '' };
  if (column.kind === 'rupiah') {
    const amount = rupiahAmountOf(value);
    if (amount !== null) {
      const shown = formatRupiah(amount.toString());
      const abs = amount < 0n ? -amount : amount;
      return abs <= MAX_EXACT_AMOUNT
        ? { value: Number(amount), numFmt: RUPIAH_FORMAT, shown }
        : { value: amount.toString(), alignRight: true, shown };
    }
  }
  if (typeof value === 'number') return numberCell(column.kind, value);
  if (column.kind === 'date') {
    const clock = wallClockOf(value, timeZone);
    if (clock) {
      // exceljs turns a Date into Excel's serial day through its UTC fields: the wall clock goes there.
      const date = new Date(
        Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second),
      );
      return clock.hasTime
        ? { value: date, numFmt: DATE_TIME_FORMAT, shown: formatDateTime(value, { timeZone }) }
        : { value: date, numFmt: DATE_FORMAT, shown: formatDate(value) };
    }
  }
  const text = plainText(value);
  return { value: text, shown: text };
}

/** The longest line, in characters: a rough but font-free measure of the width a cell needs. */
function lengthOf(text: string): number {
  return text.split('\n').reduce((longest, line) => Math.max(longest, line.length), 0);
}

/** The table as an .xlsx file; exceljs is fetched on the first call. */
export async function toXlsx(
  table: ExportTable,
  { timeZone = DEFAULT_TIME_ZONE }: { timeZone?: string } = {},
): Promise<Blob> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.title = wellFormed(table.title);
  const sheet = workbook.addWorksheet(sheetNameFor(table.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });

  const headers = table.columns.map((column) => plainText(column.header));
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  if (headers.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  }

  const lengths = headers.map(lengthOf);
  for (const row of table.rows) {
    const cells = table.columns.map((column) => sheetCell(column, row[column.key], timeZone));
    const sheetRow = sheet.addRow(cells.map((cell) => cell.value));
    cells.forEach((cell, index) => {
      const target = sheetRow.getCell(index + 1);
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.alignRight) target.alignment = { horizontal: 'right' };
      else if (typeof cell.value === 'string' && cell.value.includes('\n')) {
        target.alignment = { wrapText: true, vertical: 'top' };
      }
      lengths[index] = Math.max(lengths[index] ?? 0, lengthOf(cell.shown));
    });
  }
  lengths.forEach((length, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, length + 2));
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME_TYPE });
}
