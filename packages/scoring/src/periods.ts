// Reporting frequencies and the aggregation of an indicator's monthly values into a period or year-to-date score.
import { type MinimizeFormula, type TargetBand, achievement, achievementFormula } from './achievement';
import { ScoringInputError } from './errors';
import { type Explanation, type ExplanationInputs, NO_VALUE, formatOperand } from './explanation';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireMonth } from './validation';

export type Frequency = 'MONTHLY' | 'QUARTERLY' | 'SEMESTER' | 'YEARLY';
export type Aggregation = 'SUM' | 'AVERAGE' | 'LAST' | 'MIN' | 'MAX';

/**
 * Values by calendar month 1–12: a Map keyed by month, or an array indexed by month (index 0 is
 * unused). A missing entry or `null` is NO_DATA (no verified value).
 */
export type MonthlySeries<T> = ReadonlyMap<number, T | null> | readonly (T | null | undefined)[];

interface IndicatorYearBase {
  readonly frequency: Frequency;
  readonly aggregation: Aggregation;
  /** Verified realisations only; drafts and rejected values are NO_DATA here. */
  readonly realisations: MonthlySeries<number>;
}

/** One indicator's targets and realisations for one year. */
export type IndicatorYear =
  | (IndicatorYearBase & { readonly polarity: 'MAXIMIZE'; readonly targets: MonthlySeries<number> })
  | (IndicatorYearBase & {
      readonly polarity: 'MINIMIZE';
      readonly formula?: MinimizeFormula;
      readonly targets: MonthlySeries<number>;
    })
  | (IndicatorYearBase & { readonly polarity: 'STABILIZE'; readonly targets: MonthlySeries<TargetBand> });

export interface IndicatorScore {
  /** The months whose values were used, ascending. Empty when the result is NO_DATA. */
  readonly months: readonly number[];
  readonly realisation: number | null;
  readonly target: number | TargetBand | null;
  /** Achievement as the formula gives it; `null` is NO_DATA. */
  readonly raw: number | null;
  /** Achievement as it counts in roll-ups, within [0, cap]. */
  readonly capped: number | null;
  /** How the months were combined into one realisation and one target. */
  readonly aggregation: Explanation;
  /** How the achievement follows from that realisation and target. */
  readonly explanation: Explanation;
}

const REPORTING_MONTHS: Readonly<Record<Frequency, readonly number[]>> = Object.freeze({
  MONTHLY: Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  QUARTERLY: Object.freeze([3, 6, 9, 12]),
  SEMESTER: Object.freeze([6, 12]),
  YEARLY: Object.freeze([12]),
});

/** The months that close a period of this frequency. */
export function reportingMonths(frequency: Frequency): readonly number[] {
  return REPORTING_MONTHS[frequency];
}

export function isDueMonth(frequency: Frequency, month: number): boolean {
  return REPORTING_MONTHS[frequency].includes(requireMonth(month, 'month'));
}

export function valueAt<T>(series: MonthlySeries<T>, month: number): T | null {
  return (
    (Array.isArray(series) ? series[month] : (series as ReadonlyMap<number, T | null>).get(month)) ?? null
  );
}

/** The score of the single period that ends in `month`; NO_DATA when no period ends then. */
export function periodValue(
  indicator: IndicatorYear,
  month: number,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): IndicatorScore {
  requireMonth(month, 'month');
  if (!isDueMonth(indicator.frequency, month)) return noData(indicator, 'NOT_DUE_MONTH');
  return scoreOver(indicator, [month], settings);
}

/** The score of every period that ended by `month`, combined by the indicator's aggregation. */
export function yearToDate(
  indicator: IndicatorYear,
  month: number,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): IndicatorScore {
  requireMonth(month, 'month');
  const months = reportingMonths(indicator.frequency).filter((m) => m <= month);
  return scoreOver(indicator, months, settings);
}

type Target = number | TargetBand;

interface Entry {
  readonly month: number;
  readonly realisation: number;
  readonly target: Target;
}

function scoreOver(
  indicator: IndicatorYear,
  months: readonly number[],
  settings: ScoringSettings,
): IndicatorScore {
  const entries = collectEntries(indicator, months);
  if (entries.length === 0) return noData(indicator, 'NO_DATA');

  const combined = combine(indicator.aggregation, entries);
  // A single source month keeps errors pointing at that month's cell rather than the whole row.
  const single = combined.months.length === 1 ? combined.months[0] : undefined;
  const fields =
    single === undefined
      ? { target: 'targets', realisation: 'realisations' }
      : { target: `targets[${single}]`, realisation: `realisations[${single}]` };
  const result =
    indicator.polarity === 'STABILIZE'
      ? achievement(
          { polarity: 'STABILIZE', target: combined.target as TargetBand, realisation: combined.realisation },
          settings,
          fields,
        )
      : achievement(
          {
            polarity: indicator.polarity,
            target: combined.target as number,
            realisation: combined.realisation,
            formula: indicator.polarity === 'MINIMIZE' ? indicator.formula : undefined,
          },
          settings,
          fields,
        );
  return {
    months: combined.months,
    realisation: combined.realisation,
    target: combined.target,
    raw: result.raw,
    capped: result.capped,
    aggregation: combined.explanation,
    explanation: result.explanation,
  };
}

function collectEntries(indicator: IndicatorYear, months: readonly number[]): Entry[] {
  const entries: Entry[] = [];
  for (const month of months) {
    const realisation = valueAt(indicator.realisations, month);
    if (realisation === null) continue;
    requireFinite(realisation, `realisations[${month}]`);
    const target = valueAt<Target>(indicator.targets, month);
    if (target === null) throw new ScoringInputError(`targets[${month}]`, 'targetRequired', { month });
    if (typeof target === 'number') {
      requireFinite(target, `targets[${month}]`);
    } else {
      requireFinite(target.low, `targets[${month}].low`);
      requireFinite(target.high, `targets[${month}].high`);
    }
    entries.push({ month, realisation, target });
  }
  return entries;
}

interface Combined {
  readonly months: readonly number[];
  readonly realisation: number;
  readonly target: Target;
  readonly explanation: Explanation;
}

function combine(aggregation: Aggregation, entries: readonly Entry[]): Combined {
  switch (aggregation) {
    case 'SUM':
      return combineAll(entries, 'SUM');
    case 'AVERAGE':
      return combineAll(entries, 'AVERAGE');
    case 'LAST':
      return pick(entries, entries.length - 1, AGGREGATION_FORMULAS.LAST);
    case 'MIN':
      return pick(
        entries,
        extremeIndex(entries, (a, b) => a <= b),
        AGGREGATION_FORMULAS.MIN,
      );
    case 'MAX':
      return pick(
        entries,
        extremeIndex(entries, (a, b) => a >= b),
        AGGREGATION_FORMULAS.MAX,
      );
  }
}

/**
 * Ties go to the latest month: its target is the current one, and it is what a reader checking the
 * latest report expects to see.
 */
function extremeIndex(
  entries: readonly Entry[],
  atLeastAsExtreme: (a: number, b: number) => boolean,
): number {
  let best = 0;
  entries.forEach((entry, index) => {
    if (atLeastAsExtreme(entry.realisation, entries[best]!.realisation)) best = index;
  });
  return best;
}

function pick(entries: readonly Entry[], index: number, formula: string): Combined {
  const entry = entries[index]!;
  const inputs: ExplanationInputs = {
    k: entry.month,
    R: entry.realisation,
    ...targetInputs('', entry.target),
  };
  const substituted = `k = ${entry.month}; R = ${formatOperand(entry.realisation)}; ${targetText(entry.target)}`;
  return {
    months: [entry.month],
    realisation: entry.realisation,
    target: entry.target,
    explanation: { formula, substituted, inputs, result: entry.realisation },
  };
}

function combineAll(entries: readonly Entry[], mode: 'SUM' | 'AVERAGE'): Combined {
  const n = entries.length;
  const divide = (total: number): number => (mode === 'SUM' ? total : total / n);
  const sumOf = (values: readonly number[]): number => values.reduce((acc, v) => acc + v, 0);
  const listed = (values: readonly number[]): string => {
    const terms = values.map(formatOperand).join(' + ');
    return mode === 'SUM' ? terms : `(${terms}) / ${n}`;
  };

  const inputs: ExplanationInputs = { n };
  for (const e of entries) {
    inputs[`R[${e.month}]`] = e.realisation;
    Object.assign(inputs, targetInputs(`[${e.month}]`, e.target));
  }

  const rs = entries.map((e) => e.realisation);
  const realisation = divide(sumOf(rs));
  const parts = [`R = ${listed(rs)} = ${formatOperand(realisation)}`];
  let target: Target;
  const first = entries[0]!.target;
  if (typeof first === 'number') {
    const ts = entries.map((e) => e.target as number);
    target = divide(sumOf(ts));
    parts.push(`T = ${listed(ts)} = ${formatOperand(target)}`);
  } else {
    const lows = entries.map((e) => (e.target as TargetBand).low);
    const highs = entries.map((e) => (e.target as TargetBand).high);
    target = { low: divide(sumOf(lows)), high: divide(sumOf(highs)) };
    parts.push(`L = ${listed(lows)} = ${formatOperand(target.low)}`);
    parts.push(`H = ${listed(highs)} = ${formatOperand(target.high)}`);
  }
  Object.assign(inputs, { R: realisation }, targetInputs('', target));

  const formula = typeof first === 'number' ? AGGREGATION_FORMULAS[mode] : BAND_AGGREGATION_FORMULAS[mode];
  return {
    months: entries.map((e) => e.month),
    realisation,
    target,
    explanation: { formula, substituted: parts.join('; '), inputs, result: realisation },
  };
}

function targetInputs(suffix: string, target: Target): ExplanationInputs {
  return typeof target === 'number'
    ? { [`T${suffix}`]: target }
    : { [`L${suffix}`]: target.low, [`H${suffix}`]: target.high };
}

function targetText(target: Target): string {
  return typeof target === 'number'
    ? `T = ${formatOperand(target)}`
    : `L = ${formatOperand(target.low)}; H = ${formatOperand(target.high)}`;
}

function noData(indicator: IndicatorYear, reason: 'NO_DATA' | 'NOT_DUE_MONTH'): IndicatorScore {
  const formula = achievementFormula(
    indicator.polarity,
    indicator.polarity === 'MINIMIZE' ? indicator.formula : undefined,
  );
  return {
    months: [],
    realisation: null,
    target: null,
    raw: null,
    capped: null,
    aggregation: {
      formula: AGGREGATION_FORMULAS[indicator.aggregation],
      substituted: NO_VALUE,
      inputs: {},
      result: null,
      reason,
    },
    explanation: { formula, substituted: NO_VALUE, inputs: {}, result: null, reason },
  };
}

const AGGREGATION_FORMULAS: Readonly<Record<Aggregation, string>> = {
  SUM: 'R = Σ R[i]; T = Σ T[i]',
  AVERAGE: 'R = Σ R[i] / n; T = Σ T[i] / n',
  LAST: 'k = max{i | R[i] ≠ —}; R = R[k]; T = T[k]',
  MIN: 'k = argmin R[i]; R = R[k]; T = T[k]',
  MAX: 'k = argmax R[i]; R = R[k]; T = T[k]',
};

const BAND_AGGREGATION_FORMULAS = {
  SUM: 'R = Σ R[i]; L = Σ L[i]; H = Σ H[i]',
  AVERAGE: 'R = Σ R[i] / n; L = Σ L[i] / n; H = Σ H[i] / n',
} as const;
