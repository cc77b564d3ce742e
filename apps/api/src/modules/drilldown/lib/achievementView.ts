// The engine's achievement results as the API shows them: numbers, codes and symbolic explanations.
import {
  band,
  earlyWarning,
  predikat,
  ScoringInputError,
  yearToDate,
  type EarlyWarning,
  type Explanation,
  type IndicatorScore,
  type IndicatorYear,
  type Predikat,
  type ScoreBand,
  type ScoringSettings,
  type TargetBand,
} from '@ekinerja/scoring';

export interface ExplanationView {
  formula: string;
  substituted: string;
  inputs: { name: string; value: number | null; text: string | null }[];
  result: number | null;
  reason: string | null;
}

export interface AchievementView {
  raw: number | null;
  capped: number | null;
  band: ScoreBand;
  predikat: Predikat | 'NO_DATA';
  months: number[];
  realisation: number | null;
  target: number | null;
  targetLow: number | null;
  targetHigh: number | null;
  aggregation: ExplanationView;
  explanation: ExplanationView;
  problem: { field: string; rule: string } | null;
}

export interface EarlyWarningView {
  monthsElapsed: number | null;
  yearToDateRealisation: number | null;
  projectedRealisation: number | null;
  annualTarget: number | null;
  annualTargetLow: number | null;
  annualTargetHigh: number | null;
  projected: { raw: number; capped: number; band: ScoreBand; explanation: ExplanationView } | null;
  atRisk: boolean;
  explanation: ExplanationView;
}

export function explanationView(explanation: Explanation): ExplanationView {
  return {
    formula: explanation.formula,
    substituted: explanation.substituted,
    inputs: Object.entries(explanation.inputs).map(([name, value]) => ({
      name,
      value: typeof value === 'number' ? value : null,
      text: typeof value === 'string' ? value : null,
    })),
    result: explanation.result,
    reason: explanation.reason ?? null,
  };
}

function splitTarget(target: number | TargetBand | null) {
  if (target === null || typeof target === 'number') return { target, targetLow: null, targetHigh: null };
  return { target: null, targetLow: target.low, targetHigh: target.high };
}

export function achievementView(score: IndicatorScore, settings: ScoringSettings): AchievementView {
  return {
    raw: score.raw,
    capped: score.capped,
    // A leaf's snapshot keeps its raw achievement, so its band is the band of the raw value.
    band: band(score.raw, settings),
    predikat: predikat(score.raw, settings),
    months: [...score.months],
    realisation: score.realisation,
    ...splitTarget(score.target),
    aggregation: explanationView(score.aggregation),
    explanation: explanationView(score.explanation),
    problem: null,
  };
}

/**
 * What a refused configuration scores as: NO_DATA, as in the snapshots. The engine's own no-data
 * result carries the formulas; the problem names the field and rule it refused.
 */
function refusedView(
  series: IndicatorYear,
  error: ScoringInputError,
  settings: ScoringSettings,
): AchievementView {
  const empty = yearToDate({ ...series, realisations: new Map<number, number>() }, 12, settings);
  return { ...achievementView(empty, settings), problem: { field: error.field, rule: error.rule } };
}

/** Runs an engine computation; a configuration the engine refuses becomes a NO_DATA view naming the problem. */
export function scoredView(
  series: IndicatorYear,
  settings: ScoringSettings,
  compute: (series: IndicatorYear, settings: ScoringSettings) => IndicatorScore,
): AchievementView {
  try {
    return achievementView(compute(series, settings), settings);
  } catch (error) {
    if (error instanceof ScoringInputError) return refusedView(series, error, settings);
    throw error;
  }
}

export function earlyWarningView(
  series: IndicatorYear,
  month: number,
  settings: ScoringSettings,
): EarlyWarningView | null {
  let warning: EarlyWarning | null;
  try {
    warning = earlyWarning(series, month, settings);
  } catch (error) {
    // A year the engine cannot score has no pace to project either.
    if (error instanceof ScoringInputError) return null;
    throw error;
  }
  if (!warning) return null;
  const annual = splitTarget(warning.annualTarget);
  return {
    monthsElapsed: warning.monthsElapsed,
    yearToDateRealisation: warning.yearToDateRealisation,
    projectedRealisation: warning.projectedRealisation,
    annualTarget: annual.target,
    annualTargetLow: annual.targetLow,
    annualTargetHigh: annual.targetHigh,
    projected: warning.projected
      ? {
          raw: warning.projected.raw,
          capped: warning.projected.capped,
          band: band(warning.projected.raw, settings),
          explanation: explanationView(warning.projected.explanation),
        }
      : null,
    atRisk: warning.atRisk,
    explanation: explanationView(warning.explanation),
  };
}
