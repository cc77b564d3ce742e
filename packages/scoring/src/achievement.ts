// Achievement (capaian) of one realisation against its target, by polarity (DESIGN §3).
import { ScoringInputError } from './errors';
import { type Explanation, type ExplanationInputs, explain, explainCase, formatOperand } from './explanation';
import { counted } from './numeric';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireNonNegative } from './validation';

export type Polarity = 'MAXIMIZE' | 'MINIMIZE' | 'STABILIZE';

/**
 * `RATIO_DIFF` is the PermenPANRB 8/2021 annex formula (2T − R) / T; `INVERSE` is the T / R some
 * LKjIPs use. Stored per indicator because a tenant's past reports must keep their numbers.
 */
export type MinimizeFormula = 'RATIO_DIFF' | 'INVERSE';

export interface TargetBand {
  readonly low: number;
  readonly high: number;
}

export type AchievementInput =
  | { readonly polarity: 'MAXIMIZE'; readonly target: number; readonly realisation: number }
  | {
      readonly polarity: 'MINIMIZE';
      readonly target: number;
      readonly realisation: number;
      readonly formula?: MinimizeFormula;
    }
  | { readonly polarity: 'STABILIZE'; readonly target: TargetBand; readonly realisation: number };

export interface Achievement {
  /** What the formula gives; shown to users as is. */
  readonly raw: number;
  /** What counts in roll-ups: `raw` limited to [0, cap]. */
  readonly capped: number;
  readonly explanation: Explanation;
}

/** Where the target and realisation came from, so errors point at the caller's field. */
export interface AchievementFields {
  readonly target: string;
  readonly realisation: string;
}

const DEFAULT_FIELDS: AchievementFields = { target: 'target', realisation: 'realisation' };

export function achievement(
  input: AchievementInput,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
  fields: AchievementFields = DEFAULT_FIELDS,
): Achievement {
  const { raw, explanation } = rawAchievement(input, settings.cap, fields);
  return { raw, capped: counted(raw, settings.cap), explanation };
}

/** The formula of a polarity, for explaining a period that has no value to substitute. */
export function achievementFormula(polarity: Polarity, formula: MinimizeFormula = 'RATIO_DIFF'): string {
  if (polarity === 'MAXIMIZE') return MAXIMIZE_FORMULA;
  if (polarity === 'STABILIZE') return STABILIZE_FORMULA;
  return formula === 'INVERSE' ? INVERSE_FORMULA : RATIO_DIFF_FORMULA;
}

const MAXIMIZE_FORMULA = 'R / T × 100';
const RATIO_DIFF_FORMULA = 'max(0; (2 × T − R) / T × 100)';
const INVERSE_FORMULA = 'T / R × 100';
const STABILIZE_FORMULA =
  'L ≤ R ≤ H → 100; d = R < L ? L − R : R − H; m = (L + H) / 2; max(0; (1 − d / m) × 100)';
const STABILIZE_WIDTH_FORMULA =
  'L ≤ R ≤ H → 100; d = R < L ? L − R : R − H; w = H − L; max(0; (1 − d / w) × 100)';

interface RawResult {
  readonly raw: number;
  readonly explanation: Explanation;
}

function rawAchievement(input: AchievementInput, cap: number, fields: AchievementFields): RawResult {
  const r = requireFinite(input.realisation, fields.realisation);
  switch (input.polarity) {
    case 'MAXIMIZE':
      return maximize(input.target, r, fields);
    case 'MINIMIZE':
      // Lower-is-better quantities (poverty rate, mortality, days to process) are never negative, and
      // both formulas lose their meaning below zero; a quantity that can be negative is STABILIZE.
      requireNonNegative(input.target, fields.target);
      requireNonNegative(r, fields.realisation);
      return input.formula === 'INVERSE' ? inverse(input.target, r, cap) : ratioDiff(input.target, r, cap);
    case 'STABILIZE':
      return stabilize(input.target, r, fields);
  }
}

function maximize(t: number, r: number, fields: AchievementFields): RawResult {
  if (requireFinite(t, fields.target) <= 0) {
    throw new ScoringInputError(fields.target, 'targetPositive', { value: t });
  }
  // Multiplying first keeps exact cases exact: 57 × 100 / 100 is 57, 57 / 100 × 100 is 56.99999999999999.
  const raw = (r * 100) / t;
  return {
    raw,
    explanation: explain(
      MAXIMIZE_FORMULA,
      `${formatOperand(r)} / ${formatOperand(t)} × 100`,
      { R: r, T: t },
      raw,
    ),
  };
}

function ratioDiff(t: number, r: number, cap: number): RawResult {
  const inputs = { R: r, T: t, cap };
  if (t === 0) {
    // A zero target of a lower-is-better indicator is met only by zero, and then fully.
    const raw = r === 0 ? cap : 0;
    return {
      raw,
      explanation: explainCase(
        'T = 0 ∧ R = 0 → cap; T = 0 ∧ R > 0 → 0',
        `T = 0; R = ${formatOperand(r)}`,
        inputs,
        raw,
        'TARGET_ZERO',
      ),
    };
  }
  const unfloored = ((2 * t - r) * 100) / t;
  const raw = Math.max(0, unfloored);
  const expression = `max(0; (2 × ${formatOperand(t)} − ${formatOperand(r)}) / ${formatOperand(t)} × 100)`;
  return {
    raw,
    explanation: explain(RATIO_DIFF_FORMULA, expression, inputs, raw, unfloored < 0 ? 'FLOORED' : undefined),
  };
}

/**
 * T / R has no value at R = 0. Zero of a lower-is-better quantity (no deaths, no complaints) is the
 * best outcome there is, so it scores the cap whatever the target; T = 0 with R > 0 gives 0 by the
 * formula itself.
 */
function inverse(t: number, r: number, cap: number): RawResult {
  const inputs = { R: r, T: t, cap };
  if (r === 0) {
    return { raw: cap, explanation: explainCase('R = 0 → cap', 'R = 0', inputs, cap, 'REALISATION_ZERO') };
  }
  const raw = (t * 100) / r;
  return {
    raw,
    explanation: explain(INVERSE_FORMULA, `${formatOperand(t)} / ${formatOperand(r)} × 100`, inputs, raw),
  };
}

/**
 * Outside the band the shortfall is measured relative to the band's midpoint m. A band centred at
 * or below zero (e.g. inflation −1..1 %) has no meaningful relative distance to m, so the band
 * width w is the scale instead; a single-point band at or below zero scores 0 anywhere off it.
 */
function stabilize(band: TargetBand, r: number, fields: AchievementFields): RawResult {
  const low = requireFinite(band.low, `${fields.target}.low`);
  const high = requireFinite(band.high, `${fields.target}.high`);
  if (low > high) throw new ScoringInputError(fields.target, 'bandOrder', { low, high });
  const inputs: ExplanationInputs = { R: r, L: low, H: high };
  const [l, h, rr] = [formatOperand(low), formatOperand(high), formatOperand(r)];
  if (r >= low && r <= high) {
    return {
      raw: 100,
      explanation: explainCase('L ≤ R ≤ H → 100', `${l} ≤ ${rr} ≤ ${h}`, inputs, 100, 'INSIDE_BAND'),
    };
  }
  const d = r < low ? low - r : r - high;
  const distance = `d = ${r < low ? `${l} − ${rr}` : `${rr} − ${h}`} = ${formatOperand(d)}`;
  const m = (low + high) / 2;
  const w = high - low;
  if (m <= 0 && w === 0) {
    return {
      raw: 0,
      explanation: explainCase('L = H ≤ 0 ∧ R ≠ L → 0', distance, { ...inputs, d }, 0, 'DEGENERATE_BAND'),
    };
  }
  const byMidpoint = m > 0;
  const scale = byMidpoint ? m : w;
  const scaleText = byMidpoint
    ? `m = (${l} + ${h}) / 2 = ${formatOperand(m)}`
    : `w = ${h} − ${l} = ${formatOperand(w)}`;
  // 100 − d·100/scale rather than (scale − d)·100/scale: a tiny d must never round to more than 100.
  const unfloored = 100 - (d * 100) / scale;
  const raw = Math.max(0, unfloored);
  const expression = `${distance}; ${scaleText}; max(0; (1 − ${formatOperand(d)} / ${formatOperand(scale)}) × 100)`;
  return {
    raw,
    explanation: explain(
      byMidpoint ? STABILIZE_FORMULA : STABILIZE_WIDTH_FORMULA,
      expression,
      byMidpoint ? { ...inputs, d, m } : { ...inputs, d, w },
      raw,
      unfloored < 0 ? 'FLOORED' : undefined,
    ),
  };
}
