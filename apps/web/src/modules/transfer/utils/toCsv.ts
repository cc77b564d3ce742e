// A table as an RFC 4180 CSV file that Excel in the Indonesian locale opens into columns.
//
// Separator: Excel reads a double-clicked CSV with the list separator of Windows' regional
// settings, and for id-ID (decimal comma) that is `;`. A `,` file would land in one column there,
// and a `sep=;` first line cannot be used because it makes Excel ignore the UTF-8 BOM. So the
// default is `;` with a decimal comma; `,` with a decimal point is there for other locales.
//
// Numbers round-trip: written with every digit JavaScript needs to read them back (String(x), the
// shortest exact form), only the decimal mark swapped, never grouped (a `.` group separator would
// read as a decimal point in other locales). Rupiah stay exact integer digits (Excel itself rounds
// past 15 digits when it opens a CSV; the XLSX keeps such amounts as text). Dates are ISO
// (`2026-11-29`, `2026-11-29 10:05:00`), which Excel reads as dates in any locale.
import type { ExportColumn } from '../types/ExportColumn';
import type { ExportTable } from '../types/ExportTable';
import { DEFAULT_TIME_ZONE } from '../../format/defaultTimeZone';
import { escapeCell } from './escapeCell';
import { rupiahAmountOf } from './rupiahAmountOf';
import { wallClockOf } from './wallClockOf';

export interface CsvOptions {
  /** `;` (decimal comma, the id-ID default) or `,` (decimal point). */
  delimiter?: ';' | ',';
  /** The zone instants are shown in; the tenant's by default. */
  timeZone?: string;
}

// The UTF-8 byte order mark: without it Excel reads the file in the ANSI code page and garbles
// non-ASCII text. It also keeps a file starting with "ID" from being taken for SYLK.
const BOM = '\uFEFF';
const CRLF = '\r\n';

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function numberText(value: number, decimalMark: string): string {
  return Number.isFinite(value) ? String(value).replace('.', decimalMark) : '';
}

function cellText(
  column: ExportColumn,
  value: string | number | null | undefined,
  decimalMark: string,
  timeZone: string,
): string {
  if (value == null || value === '') return '';
  if (column.kind === 'rupiah') {
    const amount = rupiahAmountOf(value);
    if (amount !== null) return amount.toString();
  }
  if (typeof value === 'number') return numberText(value, decimalMark);
  if (column.kind === 'date') {
    const clock = wallClockOf(value, timeZone);
    if (clock) {
      const date = `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
      return clock.hasTime ? `${date} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}` : date;
    }
  }
  return escapeCell(value);
}

/**
 * RFC 4180 quoting. Fields holding either separator are quoted, so the file also splits right when
 * read with the other one; that quotes decimal-comma numbers too, which Excel still reads as numbers.
 */
function quoted(field: string): string {
  return /[",;\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The table as CSV text, starting with a BOM; encode it as UTF-8 (a Blob does). */
export function toCsv(
  table: ExportTable,
  { delimiter = ';', timeZone = DEFAULT_TIME_ZONE }: CsvOptions = {},
): string {
  const decimalMark = delimiter === ';' ? ',' : '.';
  const lines = [table.columns.map((column) => quoted(escapeCell(column.header)))];
  for (const row of table.rows) {
    lines.push(
      table.columns.map((column) => quoted(cellText(column, row[column.key], decimalMark, timeZone))),
    );
  }
  return BOM + lines.map((fields) => fields.join(delimiter) + CRLF).join('');
}
