// createScorecard: a scorecard of the year for a tenant, a unit or an official, with its four perspectives.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { createScorecardInput } from '../../lib/orgInputs';
import { scorecardOwnerOf } from '../../lib/scorecardOwnerOf';
import { createScorecard as create } from '../../providers/ownerScorecards';
import { scorecardRow } from '../../providers/staffReads';

export const createScorecard: NonNullable<MutationResolvers['createScorecard']> = async (
  _parent,
  { input },
  ctx,
) => {
  const owner = scorecardOwnerOf(input.ownerId);
  const { id } = await create(ctx, owner, parseInput(createScorecardInput, input));
  return scorecardRow(ctx, id);
};
