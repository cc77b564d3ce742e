// The months of a score trend up to the shown month, from the per-month aliases (m1 … m12).
import type { Band } from '../../../gql/graphql';

export interface TrendPoint {
  month: number;
  value: number | null;
  band: Band;
}

type MonthScores = Partial<Record<`m${number}`, { value?: number | null; band: Band } | null>>;

export function trendPoints(scores: MonthScores, upToMonth: number): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (let month = 1; month <= Math.min(12, upToMonth); month++) {
    const score = scores[`m${month}`];
    points.push({ month, value: score?.value ?? null, band: score?.band ?? 'NO_DATA' });
  }
  return points;
}
