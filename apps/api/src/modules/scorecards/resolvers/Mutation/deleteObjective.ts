// deleteObjective: removes an objective made by mistake; one with indicators or cascades is refused.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf, toGlobalId } from '../../../../ids';
import { deleteObjective as remove } from '../../providers/objectiveEdits';

export const deleteObjective: NonNullable<MutationResolvers['deleteObjective']> = async (
  _parent,
  { input },
  ctx,
) => {
  const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
  const { id, seq } = await remove(ctx, objectiveId, input.clientMutationId);
  return { deletedId: toGlobalId('Objective', id), seq };
};
