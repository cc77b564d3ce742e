// deletePosition: removes a position made by mistake; one with a holder is refused as inUse.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf, toGlobalId } from '../../../../ids';
import { deletePosition as remove } from '../../providers/staff';

export const deletePosition: NonNullable<MutationResolvers['deletePosition']> = async (
  _parent,
  { input },
  ctx,
) => {
  const positionId = idOf('Position', input.positionId, 'positionId');
  const { id, seq } = await remove(ctx, positionId, input.clientMutationId);
  return { deletedId: toGlobalId('Position', id), seq };
};
