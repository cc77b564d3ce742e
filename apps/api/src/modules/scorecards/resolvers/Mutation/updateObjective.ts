// updateObjective: an objective's name, weight and cascade parent; a weight change rescoring the year.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { parentObjectiveIdOf, updateObjectiveInput } from '../../lib/scorecardInputs';
import { updateObjective as update } from '../../providers/objectiveEdits';
import { objectivePayload } from '../../providers/scorecardPayloads';

export const updateObjective: NonNullable<MutationResolvers['updateObjective']> = async (
  _parent,
  { input },
  ctx,
) => {
  const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
  const fields = parseInput(updateObjectiveInput, input);
  const { id, seq } = await update(ctx, objectiveId, {
    ...fields,
    parentObjectiveId: parentObjectiveIdOf(input.parentObjectiveId),
  });
  return objectivePayload(ctx, id, seq);
};
