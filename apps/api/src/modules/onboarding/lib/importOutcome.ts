// What an onboarding import says about each row of a workbook, and its totals.
import type { TemplateName } from './templates';
import type { WorkbookProblem } from './workbook';

export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REFUSED';

export interface RowResult {
  row: number;
  /** The row's key in the sheet: a unit code or a NIP. */
  key: string;
  outcome: RowOutcome;
  problems: WorkbookProblem[];
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

export interface ImportResult {
  template: TemplateName;
  /** Problems of the file as a whole (not a workbook, a required column missing). */
  fileProblems: WorkbookProblem[];
  rows: RowResult[];
  /** Keys the tenant has that the file does not list: kept as they are. */
  notInFile: string[];
  counts: ImportCounts;
  /** True when the rows were written (never on a dry run, or with anything refused). */
  applied: boolean;
  /** The change-log sequence of the import, when applied and anything changed. */
  seq: string | null;
}

export function countsOf(rows: readonly RowResult[]): ImportCounts {
  const count = (outcome: RowOutcome) => rows.filter((r) => r.outcome === outcome).length;
  return {
    created: count('CREATED'),
    updated: count('UPDATED'),
    unchanged: count('UNCHANGED'),
    refused: count('REFUSED'),
  };
}

/** The one line the CLI ends with. */
export const countsLine = (c: ImportCounts) =>
  `created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, refused ${c.refused}`;

/** A row's outcome: refused with any problem, else what its change is. */
export function rowResult(
  row: number,
  key: string,
  problems: WorkbookProblem[],
  change: 'CREATED' | 'UPDATED' | 'UNCHANGED',
): RowResult {
  return { row, key, outcome: problems.length > 0 ? 'REFUSED' : change, problems };
}
