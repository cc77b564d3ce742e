// The Rencana sheet's rows as typed values, and the rules one row must meet on its own (the
// plan's years, targets that fit the polarity and the frequency). Rules across rows and against
// the database are the planner's.
import type { Aggregation, Frequency, Perspective, Polarity } from '@ekinerja/db';
import { isDueMonth, periodTargetsOfYear, reportingMonths } from '@ekinerja/scoring';
import { numberOf } from '../../imports/lib/importRows';
import { targetProblem } from '../../indicators/lib/indicatorInputs';
import {
  AGGREGATIONS,
  FREQUENCIES,
  PERSPECTIVES,
  PLAN,
  PLAN_KINDS,
  PLAN_YEARS,
  POLARITIES,
  targetOfCell,
} from './planTemplate';
import { MONTH_NAMES } from './columnChecks';
import type { WorkbookProblem, WorkbookRow } from './workbook';

type PlanKey = (typeof PLAN.columns)[number]['key'];
export const planHeader = (key: PlanKey) => PLAN.columns.find((c) => c.key === key)!.header;

export interface TargetCell {
  value: number | null;
  low: number | null;
  high: number | null;
}
export interface MonthTarget extends TargetCell {
  month: number;
}

export interface PlanRow {
  row: number;
  kind: 'RPJMD' | 'RENSTRA';
  year: number;
  startYear: number;
  endYear: number;
  unitCode: string | null;
  goalCode: string;
  goal: string;
  objectiveCode: string;
  objective: string;
  perspective: Perspective;
  perspectiveWeight: number | null;
  objectiveWeight: number;
  code: string;
  name: string;
  formula: string | null;
  unit: string;
  polarity: Polarity;
  aggregation: Aggregation;
  frequency: Frequency;
  weight: number;
  baseline: number | null;
  reportingUnit: string | null;
  /** Usernames; null keeps the operators the indicator has. */
  operators: string[] | null;
  /** The plan's yearly targets by year (only the filled ones). */
  yearTargets: Map<number, TargetCell>;
  /** The period targets of `year`, ascending by month. */
  periodTargets: MonthTarget[];
}

const choice = <T>(map: Record<string, T>, text: string | null) => map[(text ?? '').trim().toLowerCase()]!;
const cellOf = (target: number | { low: number; high: number }): TargetCell =>
  typeof target === 'number'
    ? { value: target, low: null, high: null }
    : { value: null, low: target.low, high: target.high };

/**
 * A row as typed values, with the problems it has on its own; null when its cells already broke a
 * column's rule (the reader reported those).
 */
export function planRowOf(
  sheetRow: WorkbookRow,
  readProblems: readonly WorkbookProblem[],
): { row: PlanRow | null; problems: WorkbookProblem[] } {
  const v = sheetRow.values as Record<PlanKey, string | null>;
  const problems: WorkbookProblem[] = [];
  if (readProblems.length > 0) return { row: null, problems };
  const at = (key: PlanKey, rule: string, value: string | null = v[key]) =>
    problems.push({ sheet: PLAN.sheet, row: sheetRow.row, column: planHeader(key), rule, value });
  const kind = choice(PLAN_KINDS, v.planKind);
  const startYear = Number(v.startYear);
  const endYear = Number(v.endYear);
  const year = Number(v.year);
  if (kind === 'RPJMD' && v.unitCode) at('unitCode', 'rpjmdHasNoUnit');
  if (kind === 'RENSTRA' && !v.unitCode) at('unitCode', 'required');
  if (endYear < startYear || endYear - startYear >= PLAN_YEARS) at('endYear', 'planYears');
  else if (year < startYear || year > endYear) at('year', 'outsidePlan');
  const polarity = choice(POLARITIES, v.polarity);
  const aggregation = choice(AGGREGATIONS, v.aggregation);
  const frequency = choice(FREQUENCIES, v.frequency);
  // A band is for STABILIZE only, and STABILIZE needs one.
  const fits = (key: PlanKey): TargetCell | null => {
    const text = v[key];
    if (text === null) return null;
    const target = targetOfCell(text)!;
    if ((polarity === 'STABILIZE') !== (typeof target !== 'number')) {
      at(key, polarity === 'STABILIZE' ? 'band' : 'notNumber');
      return null;
    }
    return cellOf(target);
  };
  const yearTargets = new Map<number, TargetCell>();
  for (let i = 0; i < PLAN_YEARS; i += 1) {
    const key = `target${i + 1}` as PlanKey;
    const target = fits(key);
    if (!target) continue;
    if (startYear + i > endYear) at(key, 'outsidePlan');
    else yearTargets.set(startYear + i, target);
  }
  const months: MonthTarget[] = [];
  MONTH_NAMES.forEach((_, i) => {
    const key = `month${i + 1}` as PlanKey;
    const target = fits(key);
    if (!target) return;
    if (!isDueMonth(frequency, i + 1)) at(key, 'notDue');
    else months.push({ month: i + 1, ...target });
  });
  let periodTargets: MonthTarget[] = months;
  const yearKey = `target${year - startYear + 1}` as PlanKey;
  if (months.length > 0) {
    for (const month of reportingMonths(frequency))
      if (!months.some((m) => m.month === month) && v[`month${month}` as PlanKey] === null)
        at(`month${month}` as PlanKey, 'required');
  } else if (problems.length === 0) {
    const yearly = yearTargets.get(year);
    if (!yearly) at(yearKey, 'required');
    else
      periodTargets = periodTargetsOfYear(
        yearly.value ?? { low: yearly.low!, high: yearly.high! },
        aggregation,
        frequency,
      ).map(({ month, target }) => ({ month, ...cellOf(target) }));
  }
  if (problems.length === 0) {
    const wrong = targetProblem(polarity, periodTargets);
    if (wrong) {
      const index = Number(/^targets\.(\d+)/.exec(wrong.field)?.[1] ?? 0);
      at(months.length > 0 ? (`month${periodTargets[index]!.month}` as PlanKey) : yearKey, wrong.rule);
    }
  }
  if (problems.length > 0) return { row: null, problems };
  const operators = v.operators
    ? [
        ...new Set(
          v.operators
            .split(/[,;\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
    : null;
  return {
    row: {
      row: sheetRow.row,
      kind,
      year,
      startYear,
      endYear,
      unitCode: v.unitCode,
      goalCode: v.goalCode!,
      goal: v.goal!,
      objectiveCode: v.objectiveCode!,
      objective: v.objective!,
      perspective: choice(PERSPECTIVES, v.perspective),
      perspectiveWeight: v.perspectiveWeight === null ? null : numberOf(v.perspectiveWeight),
      objectiveWeight: numberOf(v.objectiveWeight)!,
      code: v.code!,
      name: v.name!,
      formula: v.formula,
      unit: v.unit!,
      polarity,
      aggregation,
      frequency,
      weight: numberOf(v.weight)!,
      baseline: v.baseline === null ? null : numberOf(v.baseline),
      reportingUnit: v.reportingUnit,
      operators,
      yearTargets,
      periodTargets,
    },
    problems,
  };
}
