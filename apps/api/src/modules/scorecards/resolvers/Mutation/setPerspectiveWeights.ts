// setPerspectiveWeights: a scorecard's four perspective weights; every score of the year is recomputed.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { perspectiveWeightsInput } from '../../lib/scorecardInputs';
import { setPerspectiveWeights as setWeights } from '../../providers/perspectiveWeights';
import { scorecardPayload, scorecardScopeOf } from '../../providers/scorecardPayloads';

export const setPerspectiveWeights: NonNullable<MutationResolvers['setPerspectiveWeights']> = async (
  _parent,
  { input },
  ctx,
) => {
  const { weights, clientMutationId } = parseInput(perspectiveWeightsInput, input);
  const scope = await scorecardScopeOf(ctx, input.scorecardId);
  return scorecardPayload(ctx, await setWeights(ctx, scope, weights, clientMutationId));
};
