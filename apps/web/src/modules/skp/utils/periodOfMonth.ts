// The quarter a month falls in: the appraisal period a page opens on.
import type { SkpPeriod } from '../../../gql/graphql';

export function periodOfMonth(month: number): SkpPeriod {
  return (['Q1', 'Q2', 'Q3', 'Q4'] as const)[Math.min(3, Math.max(0, Math.floor((month - 1) / 3)))]!;
}
