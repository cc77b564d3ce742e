// saveActivityProgress: a month's budget and physical realisation of a sub-activity.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { activityProgressInput } from '../../lib/activityProgressInput';
import { saveActivityProgress as save } from '../../providers/activityProgress';

export const saveActivityProgress: NonNullable<MutationResolvers['saveActivityProgress']> = async (
  _parent,
  { input },
  ctx,
) => {
  const subActivityId = idOf('SubActivity', input.subActivityId, 'subActivityId');
  return save(ctx, { ...parseInput(activityProgressInput, input), subActivityId });
};
