// The workbook kit of the onboarding templates: typed column definitions, a template writer (the
// data sheet with its headers and a "Petunjuk" sheet explaining every column with an example row)
// and a reader that turns a workbook into rows of text, every problem at its sheet, row and
// column. Cells are always read as text: a formula is kept as its formula text and a text
// starting with `=`, `+`, `-` or `@` stays that text; nothing in a workbook is ever evaluated.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellValue, normaliseHeader } from '../../imports/lib/readSheet';

export interface ColumnDef<K extends string = string> {
  /** The column's name in code. */
  key: K;
  /** The header in the data sheet (Bahasa Indonesia). */
  header: string;
  required: boolean;
  /** The rule a filled cell must meet, as the Petunjuk sheet states it. */
  rule: string;
  /** What the column holds (Petunjuk). */
  description: string;
  example: string;
  /** The name of the rule a filled cell breaks, or null when it is fine. */
  check?: (text: string) => string | null;
}

export interface TemplateDef<K extends string = string> {
  /** The data sheet's name, e.g. "Organisasi". */
  sheet: string;
  columns: readonly ColumnDef<K>[];
}

export interface WorkbookProblem {
  sheet: string;
  /** The row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** The column's header; null for the row or the file as a whole. */
  column: string | null;
  rule: string;
  /** The cell as read. */
  value: string | null;
}

export interface WorkbookRow<K extends string = string> {
  row: number;
  values: Record<K, string | null>;
}

export const GUIDE_SHEET = 'Petunjuk';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** A template: the data sheet with its headers (every column text), then the Petunjuk sheet. */
export async function writeTemplate(
  def: TemplateDef,
  rows: readonly (string | null)[][] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'E-Kinerja BSC';
  const data = workbook.addWorksheet(def.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = def.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, c.header.length + 4),
    // Text format: an 18-digit NIP or a code like 1.02 must not turn into a number.
    style: { numFmt: '@' },
  }));
  data.getRow(1).font = { bold: true };
  data.getRow(1).eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) data.addRow(row);

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.columns = [
    { header: 'Kolom', width: 22 },
    { header: 'Wajib', width: 8 },
    { header: 'Aturan', width: 48 },
    { header: 'Keterangan', width: 60 },
    { header: 'Contoh', width: 26, style: { numFmt: '@' } },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of def.columns)
    guide.addRow([c.header, c.required ? 'Ya' : 'Tidak', c.rule, c.description, c.example]);
  guide.addRow([]);
  guide.addRow([`Contoh baris untuk lembar "${def.sheet}":`]).font = { italic: true };
  const headerRow = guide.addRow(def.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  guide.addRow(def.columns.map((c) => c.example));
  guide.addRow([]);
  guide.addRow([
    'Isi lembar data mulai baris 2. Baris dicocokkan dengan kodenya: mengimpor berkas yang sama lagi tidak mengubah apa pun, dan baris yang tidak ada di berkas tidak dihapus.',
  ]);
  guide.addRow([
    'Sel diisi sebagai teks: rumus (=...) dan teks yang diawali =, +, - atau @ disimpan apa adanya, tidak pernah dihitung.',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell as text: a formula as its formula (a shared one as its own cell's), never its result. */
function textOfCell(cell: ExcelJS.Cell): string | null {
  if (cell.type === ExcelJS.ValueType.Formula) return `=${cell.formula}`;
  const value = cell.value;
  // An integer past 2^53 has lost its last digits (an 18-digit NIP typed as a number): it reads
  // as Excel shows it, 1.98503122010011E+17, so no check mistakes it for the digits typed.
  if (typeof value === 'number')
    return Number.isInteger(value) && !Number.isSafeInteger(value)
      ? value.toExponential().toUpperCase()
      : String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const read = cellValue(value);
  return read === null ? null : String(read);
}

type SheetRead<K extends string> = { rows: WorkbookRow<K>[]; problems: WorkbookProblem[] };

/** One sheet, row by row as the streaming reader hands them over: its header, then its rows. */
async function readSheetRows<K extends string>(
  def: TemplateDef<K>,
  name: string,
  rowsOfSheet: AsyncIterable<ExcelJS.Row>,
): Promise<SheetRead<K>> {
  const columnOf = new Map<string, number>();
  const rows: WorkbookRow<K>[] = [];
  const problems: WorkbookProblem[] = [];
  let missing: WorkbookProblem[] | null = null;
  for await (const row of rowsOfSheet) {
    if (missing === null) {
      // The first row read is the header row (row 1, or the first filled one).
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const header = textOfCell(cell);
        if (header) columnOf.set(normaliseHeader(header), col);
      });
      missing = def.columns
        .filter((c) => c.required && !columnOf.has(normaliseHeader(c.header)))
        .map((c) => ({ sheet: name, row: row.number, column: c.header, rule: 'missingColumn', value: null }));
      continue;
    }
    if (missing.length > 0) continue;
    const values = {} as Record<K, string | null>;
    for (const c of def.columns) {
      const col = columnOf.get(normaliseHeader(c.header));
      values[c.key] = col === undefined ? null : textOfCell(row.getCell(col));
    }
    if (Object.values(values).every((v) => v === null)) continue;
    for (const c of def.columns) {
      const text = values[c.key];
      const rule = text === null ? (c.required ? 'required' : null) : (c.check?.(text) ?? null);
      if (rule) problems.push({ sheet: name, row: row.number, column: c.header, rule, value: text });
    }
    rows.push({ row: row.number, values });
  }
  if (missing === null)
    missing = def.columns
      .filter((c) => c.required)
      .map((c) => ({ sheet: name, row: 1, column: c.header, rule: 'missingColumn', value: null }));
  return missing.length > 0 ? { rows: [], problems: missing } : { rows, problems };
}

/**
 * Reads the template's data sheet (by its name, else the first sheet that is not the Petunjuk):
 * every filled row as text keyed by column, with the problems of the file (`notXlsx`), the headers
 * (`missingColumn`) and each cell (`required`, or the rule its column's check names). The file is
 * streamed: only the rows' text is kept, never a model of the whole workbook.
 */
export async function readWorkbook<K extends string>(
  def: TemplateDef<K>,
  content: Buffer,
): Promise<SheetRead<K>> {
  const fileProblem = (rule: string): SheetRead<K> => ({
    rows: [],
    problems: [{ sheet: def.sheet, row: 0, column: null, rule, value: null }],
  });
  // An XLSX file is a zip archive: anything else (CSV, a PDF renamed .xlsx) is refused as such.
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) return fileProblem('notXlsx');
  let named: SheetRead<K> | null = null;
  let first: SheetRead<K> | null = null;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([content]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      const rowsOfSheet = sheet as unknown as AsyncIterable<ExcelJS.Row>;
      const wanted = normaliseHeader(name) === normaliseHeader(def.sheet);
      if (named || normaliseHeader(name) === normaliseHeader(GUIDE_SHEET) || (first && !wanted)) {
        for await (const _row of rowsOfSheet); // the reader moves on only once a sheet is drained
        continue;
      }
      const read = await readSheetRows(def, name, rowsOfSheet);
      if (wanted) named = read;
      else first = read;
    }
  } catch {
    return fileProblem('notXlsx');
  }
  return named ?? first ?? fileProblem('noSheet');
}

const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };

/**
 * A copy of an uploaded workbook with every problem cell filled red and its rule as the cell's
 * note (a problem of a whole row marks the row's first cell; a missing column, the header row),
 * so the administrator fixes the file where it is wrong. Null when the file is not a workbook.
 */
export async function markProblems(
  content: Buffer,
  problems: readonly WorkbookProblem[],
): Promise<Buffer | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as never);
  } catch {
    return null;
  }
  const notes = new Map<ExcelJS.Cell, string[]>();
  for (const p of problems) {
    const sheet =
      workbook.worksheets.find((s) => normaliseHeader(s.name) === normaliseHeader(p.sheet)) ??
      workbook.worksheets.find((s) => normaliseHeader(s.name) !== normaliseHeader(GUIDE_SHEET));
    if (!sheet || p.row === 0) continue;
    let col = 1;
    sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, c) => {
      const header = textOfCell(cell);
      if (p.column && header && normaliseHeader(header) === normaliseHeader(p.column)) col = c;
    });
    const cell = sheet.getRow(p.row).getCell(col);
    notes.set(cell, [...(notes.get(cell) ?? []), `${p.column ?? 'Baris'}: ${p.rule}`]);
  }
  for (const [cell, lines] of notes) {
    cell.fill = PROBLEM_FILL;
    cell.note = lines.join('\n');
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
