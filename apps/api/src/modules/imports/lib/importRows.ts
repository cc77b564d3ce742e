// Turns sheet rows into import rows, with a problem for every cell that breaks a rule: required
// columns, whole months 1–12, numbers (a numeric cell, or text typed the Indonesian way: "87,5",
// "1.234,5"), at most one row per indicator and month. Rows with nothing to import are skipped.
import { analysisFields, type AnalysisFields } from '../../analysis/lib/analysisInputs';
import { MAX_ABS_VALUE } from '../../measurements/lib/measurementInputs';
import type { Cell, SheetRow } from './readSheet';

export interface ImportProblem {
  row: number;
  column: string | null;
  rule: string;
  value: string | null;
}

export const COLUMNS = {
  id: 'id indikator',
  year: 'tahun',
  month: 'bulan',
  value: 'realisasi',
  note: 'catatan',
  target: 'target',
  low: 'batas bawah',
  high: 'batas atas',
  obstacles: 'faktor penghambat',
  supportingFactors: 'faktor pendukung',
  followUpPlan: 'rencana tindak lanjut',
  followUpDue: 'target waktu tindak lanjut',
} as const;

/** The optional analysis columns of a realisation sheet, by the analysis field they fill. */
const ANALYSIS_COLUMNS = {
  obstacles: COLUMNS.obstacles,
  supportingFactors: COLUMNS.supportingFactors,
  followUpPlan: COLUMNS.followUpPlan,
  followUpDue: COLUMNS.followUpDue,
} as const;

export interface RealisationRow {
  row: number;
  indicatorId: string;
  year: number;
  month: number;
  value: number;
  note: string | null;
  /** The period's written analysis, when the row gives one. */
  analysis: AnalysisFields | null;
}

export interface TargetRowOfSheet {
  row: number;
  indicatorId: string;
  year: number;
  month: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

const THOUSANDS_ONLY = /^-?\d{1,3}(\.\d{3})+$/;

/** A number from a numeric cell, or from text in Indonesian or plain notation. */
export function numberOf(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (cell === null) return null;
  const raw = cell.replace(/\s/g, '');
  let normalised = raw;
  if (raw.includes(',')) {
    if (raw.indexOf(',') !== raw.lastIndexOf(',')) return null;
    const [whole = '', fraction = ''] = raw.split(',');
    if (whole.includes('.') && !THOUSANDS_ONLY.test(whole)) return null;
    normalised = `${whole.replace(/\./g, '')}.${fraction}`;
  } else if (THOUSANDS_ONLY.test(raw)) normalised = raw.replace(/\./g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  return Number(normalised);
}

const text = (cell: Cell) => (cell === null ? null : String(cell));

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(private readonly source: SheetRow) {}

  private problem(column: string | null, rule: string, cell: Cell = null) {
    this.problems.push({ row: this.source.row, column, rule, value: text(cell) });
  }

  id(): string | null {
    const cell = this.source.cells[COLUMNS.id] ?? null;
    if (cell === null) return (this.problem(COLUMNS.id, 'required'), null);
    const id = String(cell).trim();
    if (!/^Indicator:[0-9a-f-]{36}$/i.test(id)) return (this.problem(COLUMNS.id, 'indicatorId', cell), null);
    return id;
  }

  whole(column: string, min: number, max: number): number | null {
    const cell = this.source.cells[column] ?? null;
    if (cell === null) return (this.problem(column, 'required'), null);
    const n = numberOf(cell);
    if (n === null || !Number.isInteger(n) || n < min || n > max)
      return (this.problem(column, 'range', cell), null);
    return n;
  }

  decimal(column: string, required: boolean): number | null | undefined {
    const cell = this.source.cells[column] ?? null;
    if (cell === null) {
      if (required) this.problem(column, 'required');
      return required ? undefined : null;
    }
    const n = numberOf(cell);
    if (n === null) return (this.problem(column, 'number', cell), undefined);
    if (Math.abs(n) > MAX_ABS_VALUE) return (this.problem(column, 'range', cell), undefined);
    return n;
  }

  note(): string | null {
    const cell = this.source.cells[COLUMNS.note] ?? null;
    const note = text(cell);
    if (note && note.length > 2000) this.problem(COLUMNS.note, 'tooLong', `${note.slice(0, 40)}…`);
    return note;
  }

  /** The analysis columns, all empty (none given) or a whole analysis by its rules. */
  analysis(): AnalysisFields | null {
    const cells = Object.fromEntries(
      Object.entries(ANALYSIS_COLUMNS).map(([field, column]) => [
        field,
        text(this.source.cells[column] ?? null),
      ]),
    );
    if (Object.values(cells).every((c) => c === null || c.trim() === '')) return null;
    const parsed = analysisFields.safeParse({ ...cells, followUpDue: dayOf(cells.followUpDue ?? null) });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const column = ANALYSIS_COLUMNS[issue.path[0] as keyof typeof ANALYSIS_COLUMNS];
      this.problem(column, issue.code, cells[issue.path[0] as string] ?? null);
    }
    return null;
  }
}

/**
 * A day as `YYYY-MM-DD` from what a sheet holds: that text, a date cell (read as an ISO instant),
 * or `DD/MM/YYYY` as Indonesians type it. Anything else is passed on for the rules to refuse.
 */
export function dayOf(cell: string | null): string | null {
  if (cell === null) return null;
  const trimmed = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}(T00:00:00(\.000)?Z)?$/.test(trimmed)) return trimmed.slice(0, 10);
  const local = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(trimmed);
  if (local) return `${local[3]}-${local[2]!.padStart(2, '0')}-${local[1]!.padStart(2, '0')}`;
  return trimmed;
}

function missingColumns(headers: readonly string[], required: readonly string[]): ImportProblem[] {
  return required
    .filter((column) => !headers.includes(column))
    .map((column) => ({ row: 1, column, rule: 'missingColumn', value: null }));
}

function duplicates<T extends { row: number; indicatorId: string; month: number }>(
  rows: T[],
): ImportProblem[] {
  const seen = new Map<string, number>();
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    const key = `${r.indicatorId}/${r.month}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ row: r.row, column: COLUMNS.month, rule: 'duplicate', value: String(first) });
    else seen.set(key, r.row);
  }
  return problems;
}

export function realisationRows(headers: readonly string[], sheet: readonly SheetRow[]) {
  const problems = missingColumns(headers, [COLUMNS.id, COLUMNS.year, COLUMNS.month, COLUMNS.value]);
  if (problems.length > 0) return { rows: [], problems };
  const rows: RealisationRow[] = [];
  for (const source of sheet) {
    // A template row left blank has nothing to import.
    if ((source.cells[COLUMNS.value] ?? null) === null) continue;
    const read = new RowReader(source);
    const indicatorId = read.id();
    const year = read.whole(COLUMNS.year, 2000, 2100);
    const month = read.whole(COLUMNS.month, 1, 12);
    const value = read.decimal(COLUMNS.value, true);
    const note = read.note();
    const analysis = read.analysis();
    problems.push(...read.problems);
    if (read.problems.length === 0 && indicatorId && year && month && typeof value === 'number')
      rows.push({ row: source.row, indicatorId, year, month, value, note, analysis });
  }
  problems.push(...duplicates(rows));
  return { rows, problems };
}

export function targetRowsOf(headers: readonly string[], sheet: readonly SheetRow[]) {
  const problems = missingColumns(headers, [COLUMNS.id, COLUMNS.year, COLUMNS.month, COLUMNS.target]);
  if (problems.length > 0) return { rows: [], problems };
  const rows: TargetRowOfSheet[] = [];
  for (const source of sheet) {
    const values = [COLUMNS.target, COLUMNS.low, COLUMNS.high].map((c) => source.cells[c] ?? null);
    if (values.every((v) => v === null)) continue;
    const read = new RowReader(source);
    const indicatorId = read.id();
    const year = read.whole(COLUMNS.year, 2000, 2100);
    const month = read.whole(COLUMNS.month, 1, 12);
    const value = read.decimal(COLUMNS.target, false);
    const low = read.decimal(COLUMNS.low, false);
    const high = read.decimal(COLUMNS.high, false);
    problems.push(...read.problems);
    if (read.problems.length === 0 && indicatorId && year && month)
      rows.push({
        row: source.row,
        indicatorId,
        year,
        month,
        value: value ?? null,
        low: low ?? null,
        high: high ?? null,
      });
  }
  problems.push(...duplicates(rows));
  return { rows, problems };
}
