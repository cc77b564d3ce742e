// Budget absorption and deviation of an activity or unit against its ceiling (pagu) and monthly plan.
import { ScoringInputError } from './errors';
import { type Explanation, explain, explainCase, formatMoney, formatOperand } from './explanation';
import { isBelow } from './numeric';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireRange } from './validation';

/** Whole Rupiah; `bigint` as stored in the database, `number` where it came through JSON. */
export type Rupiah = bigint | number;

export interface BudgetInput {
  /** Budget ceiling (pagu) of the year. */
  readonly ceiling: Rupiah;
  /** Cumulative planned spend up to the month (rencana keuangan). */
  readonly plannedSpend: Rupiah;
  /** Cumulative realised spend up to the month (realisasi keuangan). */
  readonly realisedSpend: Rupiah;
  /** Cumulative planned physical progress, 0–100 %. */
  readonly plannedPhysical: number;
  /** Realised physical progress, 0–100 %. */
  readonly realisedPhysical: number;
}

export type DeviationLevel = 'OK' | 'WARNING' | 'CRITICAL' | 'NO_DATA';

export interface BudgetPerformance {
  /** Realised spend as % of the ceiling; `null` when the ceiling is 0. */
  readonly absorption: number | null;
  /** Realised − planned spend in percentage points of the ceiling; `null` when the ceiling is 0. */
  readonly spendDeviation: number | null;
  /** Realised − planned physical progress, in percentage points. */
  readonly physicalDeviation: number;
  readonly spendLevel: DeviationLevel;
  readonly physicalLevel: DeviationLevel;
  readonly explanations: {
    readonly absorption: Explanation;
    readonly spendDeviation: Explanation;
    readonly physicalDeviation: Explanation;
  };
}

export function budgetPerformance(
  input: BudgetInput,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): BudgetPerformance {
  const ceiling = requireMoney(input.ceiling, 'ceiling');
  const planned = requireMoney(input.plannedSpend, 'plannedSpend');
  const realised = requireMoney(input.realisedSpend, 'realisedSpend');
  const plannedPhysical = requireRange(input.plannedPhysical, 'plannedPhysical', 0, 100);
  const realisedPhysical = requireRange(input.realisedPhysical, 'realisedPhysical', 0, 100);

  const physicalDeviation = realisedPhysical - plannedPhysical;
  const physical = explain(
    'F[r] − F[p]',
    `${formatOperand(realisedPhysical)} − ${formatOperand(plannedPhysical)}`,
    { 'F[r]': realisedPhysical, 'F[p]': plannedPhysical },
    physicalDeviation,
  );
  const moneyInputs = { P: Number(ceiling), 'S[p]': Number(planned), 'S[r]': Number(realised) };
  const [p, sp, sr] = [formatMoney(ceiling), formatMoney(planned), formatMoney(realised)];
  const absorptionFormula = 'S[r] / P × 100';
  const deviationFormula = '(S[r] − S[p]) / P × 100';

  if (ceiling === 0 || ceiling === 0n) {
    return {
      absorption: null,
      spendDeviation: null,
      physicalDeviation,
      spendLevel: 'NO_DATA',
      physicalLevel: deviationLevel(physicalDeviation, settings),
      explanations: {
        absorption: explainCase(absorptionFormula, 'P = 0', moneyInputs, null, 'CEILING_ZERO'),
        spendDeviation: explainCase(deviationFormula, 'P = 0', moneyInputs, null, 'CEILING_ZERO'),
        physicalDeviation: physical,
      },
    };
  }
  const absorption = percentOf(realised, ceiling);
  const spendDeviation = percentOf(difference(realised, planned), ceiling);
  return {
    absorption,
    spendDeviation,
    physicalDeviation,
    spendLevel: deviationLevel(spendDeviation, settings),
    physicalLevel: deviationLevel(physicalDeviation, settings),
    explanations: {
      absorption: explain(absorptionFormula, `${sr} / ${p} × 100`, moneyInputs, absorption),
      spendDeviation: explain(deviationFormula, `(${sr} − ${sp}) / ${p} × 100`, moneyInputs, spendDeviation),
      physicalDeviation: physical,
    },
  };
}

/** "Below −5" means strictly below: a unit exactly on the line is still OK. */
export function deviationLevel(
  deviation: number | null,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): DeviationLevel {
  if (deviation === null) return 'NO_DATA';
  requireFinite(deviation, 'deviation');
  const { warning, critical } = settings.budgetDeviationLevels;
  if (isBelow(deviation, critical)) return 'CRITICAL';
  return isBelow(deviation, warning) ? 'WARNING' : 'OK';
}

function requireMoney(value: Rupiah, field: string): Rupiah {
  if (typeof value === 'bigint') {
    if (value < 0n) throw new ScoringInputError(field, 'nonNegative', { value: value.toString() });
    return value;
  }
  if (requireFinite(value, field) < 0) throw new ScoringInputError(field, 'nonNegative', { value });
  return value;
}

function difference(a: Rupiah, b: Rupiah): Rupiah {
  return typeof a === 'bigint' && typeof b === 'bigint' ? a - b : Number(a) - Number(b);
}

/**
 * part × 100 / whole with the multiplication done first (exactly, in bigint when possible), so a
 * deviation of exactly −5 points is −5 and not −5.000000000000001 on the wrong side of a level.
 */
function percentOf(part: Rupiah, whole: Rupiah): number {
  const scaled = typeof part === 'bigint' ? Number(part * 100n) : part * 100;
  return scaled / Number(whole);
}

/** A budget line's ceilings: pagu murni, and the APBD-P revision with the day it took effect. */
export interface PaguCeilings<T extends Rupiah = Rupiah> {
  /** Pagu murni: the ceiling of the original budget. */
  readonly murni: T;
  /** Pagu perubahan; null when the line was never revised. */
  readonly revised: T | null;
  /** The day the revision took effect, `YYYY-MM-DD`; null with `revised`. */
  readonly revisedOn: string | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of the last day of a month (1–12) of a year. */
export function lastDayOfMonth(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new ScoringInputError('month', 'monthRange', { value: month });
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The pagu in force for month `month` of `year`: the revised one once the revision's date is on
 * or before the last day of that month (a revision of 20 August counts for all of August),
 * pagu murni before that or when there is no revision.
 */
export function paguInForce<T extends Rupiah>(ceilings: PaguCeilings<T>, year: number, month: number): T {
  if (ceilings.revised === null || ceilings.revisedOn === null) return ceilings.murni;
  if (!ISO_DATE.test(ceilings.revisedOn))
    throw new ScoringInputError('revisedOn', 'validDate', { value: ceilings.revisedOn });
  return ceilings.revisedOn <= lastDayOfMonth(year, month) ? ceilings.revised : ceilings.murni;
}

/** The pagu in force for each month of a year, January first. */
export function paguByMonth<T extends Rupiah>(ceilings: PaguCeilings<T>, year: number): T[] {
  return Array.from({ length: 12 }, (_, k) => paguInForce(ceilings, year, k + 1));
}
