// followIndicator: the viewer follows an indicator they may read, or stops following it.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { followIndicatorInput } from '../../lib/notificationInputs';
import { setViewerFollow } from '../../providers/indicatorFollows';

export const followIndicator: NonNullable<MutationResolvers['followIndicator']> = async (
  _parent,
  { input },
  ctx,
) => {
  const parsed = parseInput(followIndicatorInput, input);
  return setViewerFollow(ctx, {
    ...parsed,
    indicatorId: idOf('Indicator', parsed.indicatorId, 'indicatorId'),
  });
};
