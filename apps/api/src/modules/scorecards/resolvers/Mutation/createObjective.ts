// createObjective: a strategic objective under a perspective of a scorecard, optionally cascading.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { createObjectiveInput, parentObjectiveIdOf } from '../../lib/scorecardInputs';
import { createObjective as create } from '../../providers/objectiveAdmin';
import { objectivePayload, scorecardScopeOf } from '../../providers/scorecardPayloads';

export const createObjective: NonNullable<MutationResolvers['createObjective']> = async (
  _parent,
  { input },
  ctx,
) => {
  const parentObjectiveId = parentObjectiveIdOf(input.parentObjectiveId);
  const fields = parseInput(createObjectiveInput, input);
  const scope = await scorecardScopeOf(ctx, input.scorecardId);
  const result = await create(ctx, scope, { ...fields, parentObjectiveId });
  return objectivePayload(ctx, result.objectiveId, result.seq);
};
