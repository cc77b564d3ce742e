// addRencanaHasilKerja: a result (RHK) with its indicators, optionally contributing to the supervisor's.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { rhkInput } from '../../lib/skpInputs';
import { writtenPlan } from '../../providers/skpPlanRows';
import { addRencanaHasilKerja as add } from '../../providers/skpWrites';

export const addRencanaHasilKerja: NonNullable<MutationResolvers['addRencanaHasilKerja']> = async (
  _parent,
  { input },
  ctx,
) => {
  const fields = parseInput(rhkInput, input);
  return writtenPlan(
    ctx.prisma,
    await add(ctx, {
      ...fields,
      planId: input.planId,
      parentRhkId: input.parentRhkId,
      indicatorIds: input.indicatorIds,
    }),
  );
};
