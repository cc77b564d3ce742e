import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { activityProgressInput } from '../../lib/activityProgressInput';
import { saveActivityProgress as save } from '../../providers/activityProgress';

export const saveActivityProgress: NonNullable<MutationResolvers['saveActivityProgress']> = async (
  _,
  { input },
  ctx,
) => {
  const subActivityId = idOf('SubActivity', input.subActivityId, 'subActivityId');
  const parsed = activityProgressInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return save(ctx, { ...parsed.data, subActivityId });
};
