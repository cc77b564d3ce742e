// deleteIndicator: removes an indicator made by mistake; one with reports, issues or programs is refused.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf, toGlobalId } from '../../../../ids';
import { deleteIndicator as remove } from '../../providers/indicatorEdits';

export const deleteIndicator: NonNullable<MutationResolvers['deleteIndicator']> = async (
  _parent,
  { input },
  ctx,
) => {
  const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
  const { id, seq } = await remove(ctx, indicatorId, input.clientMutationId);
  return { deletedId: toGlobalId('Indicator', id), seq };
};
