// setIndicatorTargets: replaces an indicator's targets for its year; scores move in the same commit.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { setTargetsInput } from '../../lib/indicatorInputs';
import { setIndicatorTargets as setTargets } from '../../providers/indicatorAdmin';
import { indicatorPayload } from '../../providers/indicatorPayload';

export const setIndicatorTargets: NonNullable<MutationResolvers['setIndicatorTargets']> = async (
  _parent,
  { input },
  ctx,
) => {
  const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
  const { targets, clientMutationId } = parseInput(setTargetsInput, input);
  return indicatorPayload(ctx.prisma, await setTargets(ctx, indicatorId, targets, clientMutationId));
};
