// Internal models behind the drill-down module's GraphQL types (used by codegen).
import type {
  Activity,
  BudgetMonth,
  Evidence,
  Indicator,
  Measurement,
  MeasurementRevision,
  Objective,
  ObjectiveLink,
  Official,
  Perspective,
  Position,
  Program,
  Scorecard,
  ScorecardPerspective,
  SubActivity,
  Target,
} from '@ekinerja/db';
import type { IndicatorYear, ScoringSettings } from '@ekinerja/scoring';

export type OfficialMapper = Official & { position: Position | null; __typename?: 'Official' };
export type ScorecardMapper = Scorecard & { __typename?: 'Scorecard' };
/** The scorecard's tenant and year travel along: scores and settings need them. */
export type ScorecardPerspectiveMapper = ScorecardPerspective & { tenantId: string; year: number };
/** The scorecard (scope, tenant, year) and the perspective kind travel along with the row. */
export type ObjectiveMapper = Objective & {
  scorecard: Pick<Scorecard, 'id' | 'tenantId' | 'year' | 'ownerKind' | 'orgUnitId' | 'officialId'>;
  perspectiveKind: Perspective;
  __typename?: 'Objective';
};
export type ObjectiveLinkMapper = ObjectiveLink;
export type IndicatorMapper = Indicator & { __typename?: 'Indicator' };
export interface IndicatorMonthMapper {
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
export type EvidenceMapper = Evidence;
export type RevisionMapper = MeasurementRevision & { changedBy: { displayName: string } | null };
export type ProgramMapper = Program & { __typename?: 'Program' };
export type ActivityMapper = Activity & { program: Program };
export type SubActivityMapper = SubActivity & { __typename?: 'SubActivity' };
export type BudgetMonthMapper = BudgetMonth;
