// reviseSubActivityBudget: an administrator records a sub-activity's pagu perubahan (APBD-P).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { budgetRevisionInput } from '../../lib/budgetRevisionInput';
import { reviseSubActivityBudget as revise } from '../../providers/budgetRevision';

export const reviseSubActivityBudget: NonNullable<MutationResolvers['reviseSubActivityBudget']> = async (
  _parent,
  { input },
  ctx,
) => {
  const subActivityId = idOf('SubActivity', input.subActivityId, 'subActivityId');
  return revise(ctx, { ...parseInput(budgetRevisionInput, input), subActivityId });
};
