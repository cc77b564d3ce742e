// A plan (RPJMD/Renstra) states one target per year; scores compare each period with its own
// target. These are the period targets a yearly target stands for, by how the indicator
// aggregates: a SUM indicator's year is the sum of its periods, so the yearly target is split
// evenly over them (rounded to 4 decimals, the last period takes the remainder so they add up
// exactly); any other aggregation compares like with like, so every period carries the yearly
// target itself.
import type { TargetBand } from './achievement';
import { type Aggregation, type Frequency, reportingMonths } from './periods';
import { requireFinite } from './validation';

export type YearlyTarget = number | TargetBand;

export interface PeriodTarget<T extends YearlyTarget = YearlyTarget> {
  month: number;
  target: T;
}

const round4 = (n: number) => Math.round(n * 1e4) / 1e4;

export function periodTargetsOfYear<T extends YearlyTarget>(
  yearly: T,
  aggregation: Aggregation,
  frequency: Frequency,
): PeriodTarget<T>[] {
  const months = reportingMonths(frequency);
  if (typeof yearly !== 'number' || aggregation !== 'SUM')
    return months.map((month) => ({ month, target: yearly }));
  requireFinite(yearly, 'yearly');
  const share = round4(yearly / months.length);
  const last = round4(yearly - share * (months.length - 1));
  return months.map((month, i) => ({ month, target: (i === months.length - 1 ? last : share) as T }));
}
