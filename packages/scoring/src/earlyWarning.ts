// Early warning for SUM indicators: where the year ends if the pace so far continues.
import { type Achievement, type TargetBand, achievement } from './achievement';
import { type Explanation, explain, explainCase, formatOperand } from './explanation';
import { isBelow } from './numeric';
import { type IndicatorYear, reportingMonths, valueAt, yearToDate } from './periods';
import { DEFAULT_SCORING_SETTINGS, type ScoringSettings } from './settings';
import { requireFinite, requireMonth } from './validation';

export interface EarlyWarning {
  /** Month of the latest period with data, whose end the pace is measured to. */
  readonly monthsElapsed: number | null;
  readonly yearToDateRealisation: number | null;
  readonly projectedRealisation: number | null;
  /** Sum of the targets of the year's periods (sum of lows and highs for a band). */
  readonly annualTarget: number | TargetBand | null;
  readonly projected: Achievement | null;
  /** Projected achievement below the yellow threshold; `false` while there is no data to project. */
  readonly atRisk: boolean;
  readonly explanation: Explanation;
}

const PROJECTION_FORMULA = 'R[y] = R[ytd] × 12 / k';

/**
 * `null` for indicators that do not aggregate by SUM: an average or a latest value has no
 * pace to extrapolate. Months elapsed is the latest period with data rather than `month`, so a
 * quarterly indicator is not judged on a quarter that has not closed and a month not yet entered
 * does not read as a month of zero.
 */
export function earlyWarning(
  indicator: IndicatorYear,
  month: number,
  settings: ScoringSettings = DEFAULT_SCORING_SETTINGS,
): EarlyWarning | null {
  requireMonth(month, 'month');
  if (indicator.aggregation !== 'SUM') return null;
  const ytd = yearToDate(indicator, month, settings);
  const k = ytd.months.at(-1);
  if (k === undefined || ytd.realisation === null) {
    return {
      monthsElapsed: null,
      yearToDateRealisation: null,
      projectedRealisation: null,
      annualTarget: null,
      projected: null,
      atRisk: false,
      explanation: explainCase(PROJECTION_FORMULA, 'R[ytd] = —', {}, null, 'NO_DATA'),
    };
  }
  const projectedRealisation = (ytd.realisation * 12) / k;
  const annualTarget = sumOfTargets(indicator);
  const fields = { target: 'targets', realisation: 'realisations' };
  const projected =
    indicator.polarity === 'STABILIZE'
      ? achievement(
          { polarity: 'STABILIZE', target: annualTarget as TargetBand, realisation: projectedRealisation },
          settings,
          fields,
        )
      : achievement(
          {
            polarity: indicator.polarity,
            target: annualTarget as number,
            realisation: projectedRealisation,
            formula: indicator.polarity === 'MINIMIZE' ? indicator.formula : undefined,
          },
          settings,
          fields,
        );
  return {
    monthsElapsed: k,
    yearToDateRealisation: ytd.realisation,
    projectedRealisation,
    annualTarget,
    projected,
    atRisk: isBelow(projected.capped, settings.bands.yellow),
    explanation: explain(
      PROJECTION_FORMULA,
      `${formatOperand(ytd.realisation)} × 12 / ${k}`,
      { 'R[ytd]': ytd.realisation, k },
      projectedRealisation,
    ),
  };
}

/** Periods without a target yet are left out: a target not set is not a target of zero. */
function sumOfTargets(indicator: IndicatorYear): number | TargetBand {
  let total = 0;
  let low = 0;
  let high = 0;
  let banded = false;
  for (const month of reportingMonths(indicator.frequency)) {
    const target = valueAt<number | TargetBand>(indicator.targets, month);
    if (target === null) continue;
    if (typeof target === 'number') {
      total += requireFinite(target, `targets[${month}]`);
    } else {
      banded = true;
      low += requireFinite(target.low, `targets[${month}].low`);
      high += requireFinite(target.high, `targets[${month}].high`);
    }
  }
  return banded ? { low, high } : total;
}
