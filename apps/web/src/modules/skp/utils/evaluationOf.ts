// A plan's appraisal of one period, or null while it has none.
import type { SkpPeriod } from '../../../gql/graphql';
import type { SkpPlanFieldsFragment } from '../graphql/skpPlanFieldsFragment.generated';

export function evaluationOf(plan: SkpPlanFieldsFragment, period: SkpPeriod) {
  return plan.evaluations.find((e) => e.period === period) ?? null;
}
