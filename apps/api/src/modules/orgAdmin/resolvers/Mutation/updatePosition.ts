// updatePosition: a position's title, level and order.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { positionInput } from '../../lib/orgInputs';
import { updatePosition as update } from '../../providers/staff';
import { positionRow } from '../../providers/staffReads';

export const updatePosition: NonNullable<MutationResolvers['updatePosition']> = async (
  _parent,
  { input },
  ctx,
) => {
  const positionId = idOf('Position', input.positionId, 'positionId');
  const { id } = await update(ctx, positionId, parseInput(positionInput, input));
  return positionRow(ctx, id);
};
