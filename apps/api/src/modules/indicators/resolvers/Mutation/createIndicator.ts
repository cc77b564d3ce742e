// createIndicator: a new indicator under an objective, with its monthly targets and operators.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { createIndicatorInput, operatorIdsOf } from '../../lib/indicatorInputs';
import { createIndicator as create, objectiveScope } from '../../providers/indicatorAdmin';
import { indicatorPayload } from '../../providers/indicatorPayload';

export const createIndicator: NonNullable<MutationResolvers['createIndicator']> = async (
  _parent,
  { input },
  ctx,
) => {
  const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
  const fields = parseInput(createIndicatorInput, input);
  const operatorIds = operatorIdsOf(input.operatorIds);
  const scope = await objectiveScope(ctx.prisma, objectiveId);
  if (!scope) throw badInput('objectiveId', 'notFound');
  return indicatorPayload(ctx.prisma, await create(ctx, scope, { ...fields, operatorIds }));
};
