// saveSkpRealisation: the official's realisation of one RHK in a period, with evidence.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { realisationInput } from '../../lib/skpInputs';
import { writtenPlan } from '../../providers/skpPlanRows';
import { saveSkpRealisation as save } from '../../providers/skpWrites';

export const saveSkpRealisation: NonNullable<MutationResolvers['saveSkpRealisation']> = async (
  _parent,
  { input },
  ctx,
) => {
  const fields = parseInput(realisationInput, input);
  return writtenPlan(ctx.prisma, await save(ctx, { ...fields, planId: input.planId, rhkId: input.rhkId }));
};
