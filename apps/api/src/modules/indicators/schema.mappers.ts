// Internal models behind the indicators module's GraphQL types (used by codegen).
import type { Indicator, Measurement, Target } from '@ekinerja/db';
import type { IndicatorYear, ScoringSettings } from '@ekinerja/scoring';

export type IndicatorMapper = Indicator & { __typename?: 'Indicator' };
export interface IndicatorMonthMapper {
  indicatorId: string;
  year: number;
  month: number;
  due: boolean;
  target: Target | null;
  measurement: Measurement | null;
  deadline: Date;
  late: boolean | null;
  /** The indicator's year over verified values only, as the scores read it. */
  series: IndicatorYear;
  settings: ScoringSettings;
}
