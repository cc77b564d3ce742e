// deleteScorecard: removes a scorecard made by mistake while it has no objectives.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf, toGlobalId } from '../../../../ids';
import { deleteScorecard as remove } from '../../providers/ownerScorecards';

export const deleteScorecard: NonNullable<MutationResolvers['deleteScorecard']> = async (
  _parent,
  { input },
  ctx,
) => {
  const scorecardId = idOf('Scorecard', input.scorecardId, 'scorecardId');
  const { id, seq } = await remove(ctx, scorecardId, input.clientMutationId);
  return { deletedId: toGlobalId('Scorecard', id), seq };
};
