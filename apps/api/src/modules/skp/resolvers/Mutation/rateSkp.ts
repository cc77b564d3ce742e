// rateSkp: the direct supervisor's ratings of a period; the predikat follows from the matrix.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { rateInput, requireEachAspectOnce } from '../../lib/skpInputs';
import { writtenPlan } from '../../providers/skpPlanRows';
import { rateSkp as rate } from '../../providers/skpWrites';

export const rateSkp: NonNullable<MutationResolvers['rateSkp']> = async (_parent, { input }, ctx) => {
  const fields = parseInput(rateInput, input);
  requireEachAspectOnce(fields.behaviours);
  return writtenPlan(ctx.prisma, await rate(ctx, { ...fields, planId: input.planId }));
};
