// The "belum melapor" board as an export table (XLSX and CSV): one line per OPD or
// kabupaten/kota with its counts, whether it is complete, and who is responsible.
import type { ExportTable } from '../../transfer/types/ExportTable';
import type { ReportingBoardQuery } from '../graphql/reportingBoardQuery.generated';

type BoardRow = ReportingBoardQuery['reportingBoard']['rows'][number];

/** A board row as the table reads it: the unit's name, its counts and the people responsible. */
export type BoardRowView = Omit<BoardRow, 'scope'> & { scope: { name: string } };

export const BOARD_COUNTS = ['due', 'saved', 'submitted', 'verified', 'rejected', 'late'] as const;

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function boardTableOf(rows: readonly BoardRowView[], title: string, t: Translate): ExportTable {
  return {
    title,
    columns: [
      { key: 'unit', header: t('board.columns.unit'), kind: 'text' },
      ...BOARD_COUNTS.map((key) => ({ key, header: t(`board.columns.${key}`), kind: 'number' as const })),
      { key: 'status', header: t('board.columns.status'), kind: 'text' },
      { key: 'operators', header: t('board.columns.operators'), kind: 'text' },
      { key: 'unitHeads', header: t('board.columns.unitHeads'), kind: 'text' },
    ],
    rows: rows.map((row) => ({
      unit: row.scope.name,
      ...Object.fromEntries(BOARD_COUNTS.map((key) => [key, row[key]])),
      status: t(row.complete ? 'board.complete' : 'board.incomplete'),
      operators: row.operators.join(', '),
      unitHeads: row.unitHeads.join(', '),
    })),
  };
}
