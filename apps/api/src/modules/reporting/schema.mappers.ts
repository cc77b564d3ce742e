// Internal models behind the reporting module's GraphQL types (used by codegen).
import type { BoardRow } from './providers/reportingBoard';

export type ReportingBoardRowMapper = BoardRow;
export interface ReportingBoardMapper {
  year: number;
  month: number;
  rows: BoardRow[];
}
