// updateOfficial: an official's name, NIP, rank and position; contact details left out are kept.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { optionalPositionId, updateOfficialInput } from '../../lib/orgInputs';
import { updateOfficial as update } from '../../providers/staff';
import { officialRow } from '../../providers/staffReads';

export const updateOfficial: NonNullable<MutationResolvers['updateOfficial']> = async (
  _parent,
  { input },
  ctx,
) => {
  const officialId = idOf('Official', input.officialId, 'officialId');
  const positionId = optionalPositionId(input.positionId);
  const { id } = await update(ctx, officialId, { ...parseInput(updateOfficialInput, input), positionId });
  return officialRow(ctx, id);
};
