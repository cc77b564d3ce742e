// updateIndicator: an indicator's definition, weight and operators; a scoring change rescoring the year.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { operatorIdsOf, updateIndicatorInput } from '../../lib/indicatorInputs';
import { updateIndicator as update } from '../../providers/indicatorEdits';
import { indicatorPayload } from '../../providers/indicatorPayload';

export const updateIndicator: NonNullable<MutationResolvers['updateIndicator']> = async (
  _parent,
  { input },
  ctx,
) => {
  const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
  const fields = parseInput(updateIndicatorInput, input);
  const operatorIds = operatorIdsOf(input.operatorIds);
  const { id, seq } = await update(ctx, indicatorId, { ...fields, operatorIds });
  return indicatorPayload(ctx.prisma, { indicatorId: id, seq });
};
