// createSkpPlan: opens an official's SKP of a year.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { createPlanInput } from '../../lib/skpInputs';
import { createSkpPlan as create } from '../../providers/skpWrites';
import { writtenPlan } from '../../providers/skpPlanRows';

export const createSkpPlan: NonNullable<MutationResolvers['createSkpPlan']> = async (
  _parent,
  { input },
  ctx,
) => {
  const officialId = idOf('Official', input.officialId, 'officialId');
  const fields = parseInput(createPlanInput, input);
  return writtenPlan(ctx.prisma, await create(ctx, { ...fields, officialId }));
};
