// Public API of the scoring package: pure Balanced Scorecard math over plain data.
export { ScoringInputError, type ScoringErrorParams, type ScoringRule } from './errors';
export {
  DEFAULT_SCORING_SETTINGS,
  resolveSettings,
  type Predikat,
  type PredikatThresholds,
  type ScoringSettings,
  type ScoringSettingsInput,
} from './settings';
export {
  NO_VALUE,
  formatMoney,
  formatOperand,
  formatScore,
  type Explanation,
  type ExplanationInputs,
  type ExplanationReason,
} from './explanation';
export {
  achievement,
  achievementFormula,
  type Achievement,
  type AchievementFields,
  type AchievementInput,
  type MinimizeFormula,
  type Polarity,
  type TargetBand,
} from './achievement';
export { analysisReason, type AnalysisReason } from './analysis';
export {
  isDueMonth,
  periodValue,
  reportingMonths,
  yearToDate,
  type Aggregation,
  type Frequency,
  type IndicatorScore,
  type IndicatorYear,
  type MonthlySeries,
} from './periods';
export {
  reportingDeadline,
  reportingStatus,
  type MonthReport,
  type ReportingInput,
  type ReportingState,
  type ReportingStatus,
  type Submission,
} from './reporting';
export {
  DEFAULT_CALENDAR_RULE,
  FREQUENCIES,
  MAX_GRACE_DAYS,
  periodPhase,
  periodWindow,
  reportingCalendar,
  type CalendarRule,
  type PeriodPhase,
  type PeriodWindow,
  type ReportingCalendar,
} from './calendar';
export { band, predikat, type ScoreBand } from './classification';
export {
  buildFullSnapshots,
  rollUp,
  validateTree,
  type NodeKind,
  type RollUp,
  type ScoreNode,
  type Snapshot,
  type WeightedValue,
} from './rollup';
export { applyLeafChange, snapshotsEqual, type PathEntry } from './incremental';
export {
  budgetPerformance,
  deviationLevel,
  lastDayOfMonth,
  paguByMonth,
  paguInForce,
  type BudgetInput,
  type BudgetPerformance,
  type DeviationLevel,
  type PaguCeilings,
  type Rupiah,
} from './budget';
export { earlyWarning, type EarlyWarning } from './earlyWarning';
export { rankUnits, type RankedUnit, type RankingComponents, type RankingRow } from './ranking';
export {
  SKP_PREDICATES,
  SKP_RATINGS,
  skpDistributionGuidance,
  skpPredicate,
  type DistributionFinding,
  type DistributionRule,
  type OrganisationPredicate,
  type SkpPredicate,
  type SkpRating,
} from './skp';
export { periodTargetsOfYear, type PeriodTarget, type YearlyTarget } from './yearlyTargets';
