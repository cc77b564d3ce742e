// A new indicator as the administrator types it (numbers as text until checked).
import type { Aggregation, Frequency, MinimizeFormula, Polarity } from '../../../gql/graphql';

/** One month's target: `value`, or `low`/`high` for a STABILIZE indicator; empty = not due. */
export interface TargetDraft {
  value: string;
  low: string;
  high: string;
}

export interface IndicatorDraft {
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  minimizeFormula: MinimizeFormula;
  aggregation: Aggregation;
  frequency: Frequency;
  weight: string;
  /** Index 0 is January. */
  targets: TargetDraft[];
  operatorIds: string[];
}

export const emptyTargets = (): TargetDraft[] =>
  Array.from({ length: 12 }, () => ({ value: '', low: '', high: '' }));
