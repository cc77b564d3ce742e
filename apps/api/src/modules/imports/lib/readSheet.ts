// Reads the first worksheet of an XLSX or CSV file into rows of cells keyed by header, with
// exceljs. CSV may be separated by `;` (what Excel writes with Indonesian settings) or `,`.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

export interface SheetRow {
  /** The row's number in the spreadsheet (the header is row 1). */
  row: number;
  cells: Record<string, Cell>;
}

export function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  // Formulas arrive with their cached result; rich text as runs.
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value)
    return (
      value.richText
        .map((r) => r.text)
        .join('')
        .trim() || null
    );
  if ('text' in value) return String(value.text);
  return String(value);
}

function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

async function worksheetOf(format: 'XLSX' | 'CSV', content: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  if (format === 'XLSX') {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    return sheet;
  }
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  // Every cell stays text: an Indonesian "87,5" must not be read by a US-locale number parser.
  return workbook.csv.read(Readable.from([text]), {
    parserOptions: { delimiter: delimiterOf(text) },
    map: (value: unknown) => value,
  });
}

/** Header names are matched without case or surrounding spaces. */
export const normaliseHeader = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');

export async function readSheet(
  format: 'XLSX' | 'CSV',
  content: Buffer,
): Promise<{ headers: string[]; rows: SheetRow[] }> {
  const sheet = await worksheetOf(format, content);
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headers[col - 1] = normaliseHeader(String(cellValue(cell.value) ?? ''));
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells: Record<string, Cell> = {};
    headers.forEach((header, i) => {
      if (header) cells[header] = cellValue(row.getCell(i + 1).value);
    });
    if (Object.values(cells).some((v) => v !== null)) rows.push({ row: number, cells });
  });
  return { headers: headers.filter(Boolean), rows };
}
