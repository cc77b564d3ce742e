// An indicator's year as the scoring engine reads it, from its rows: the same reading the score
// snapshots use, so an achievement shown here equals the stored score.
import type { Indicator, Measurement, Target } from '@ekinerja/db';
import type { IndicatorYear, TargetBand } from '@ekinerja/scoring';

type IndicatorRule = Pick<Indicator, 'polarity' | 'minimizeFormula' | 'aggregation' | 'frequency'>;
type TargetRow = Pick<Target, 'month' | 'value' | 'low' | 'high'>;
type MeasurementRow = Pick<Measurement, 'month' | 'value' | 'status'>;

export function indicatorSeries(
  indicator: IndicatorRule,
  targets: readonly TargetRow[],
  measurements: readonly MeasurementRow[],
): IndicatorYear {
  // Drafts, submissions and rejections are NO_DATA: only verified values count (DESIGN §2).
  const realisations = new Map(
    measurements.filter((m) => m.status === 'VERIFIED').map((m) => [m.month, m.value]),
  );
  const base = { frequency: indicator.frequency, aggregation: indicator.aggregation, realisations };
  if (indicator.polarity === 'STABILIZE') {
    return {
      ...base,
      polarity: 'STABILIZE',
      // Half a band is no band: the engine then reports the month's target as missing.
      targets: new Map(
        targets.map((t): [number, TargetBand | null] => [
          t.month,
          t.low !== null && t.high !== null ? { low: t.low, high: t.high } : null,
        ]),
      ),
    };
  }
  const values = new Map(targets.map((t) => [t.month, t.value]));
  return indicator.polarity === 'MINIMIZE'
    ? { ...base, polarity: 'MINIMIZE', formula: indicator.minimizeFormula, targets: values }
    : { ...base, polarity: 'MAXIMIZE', targets: values };
}
