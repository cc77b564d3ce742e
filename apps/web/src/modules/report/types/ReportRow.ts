// One indicator line of the report, as the engine computed it up to the quarter's last month.
import type { Band, Perspective, Predikat } from '../../../gql/graphql';
import type { AnalysisShown } from '../../analysis/components/AnalysisView';

export interface ReportRow {
  id: string;
  code: string;
  name: string;
  unit: string;
  /** Year-to-date target (MAXIMIZE, MINIMIZE); null for STABILIZE or without a target. */
  target: number | null;
  /** Year-to-date band of a STABILIZE indicator. */
  targetLow: number | null;
  targetHigh: number | null;
  realisation: number | null;
  /** Achievement in % as the formula gives it; null is NO_DATA. */
  raw: number | null;
  /** Achievement as counted in roll-ups (limited to the cap). */
  capped: number | null;
  band: Band;
  predikat: Predikat;
  /** The latest written analysis up to the quarter's end (LKjIP Bab III). */
  analysis: AnalysisShown | null;
}

/** The indicators of one objective. */
export interface ReportObjective {
  id: string;
  code: string;
  name: string;
  rows: ReportRow[];
}

/** The objectives of one perspective, in the scorecard's order. */
export interface ReportSection {
  perspective: Perspective;
  objectives: ReportObjective[];
}
