// createPosition: a position (jabatan) in a unit.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { positionInput } from '../../lib/orgInputs';
import { createPosition as create } from '../../providers/staff';
import { positionRow } from '../../providers/staffReads';

export const createPosition: NonNullable<MutationResolvers['createPosition']> = async (
  _parent,
  { input },
  ctx,
) => {
  const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
  const { id } = await create(ctx, orgUnitId, parseInput(positionInput, input));
  return positionRow(ctx, id);
};
