// updateOrgUnit: a unit's code, names and order.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { orgUnitInput } from '../../lib/orgInputs';
import { updateOrgUnit as update } from '../../providers/orgTree';
import { unitRow } from '../../providers/staffReads';

export const updateOrgUnit: NonNullable<MutationResolvers['updateOrgUnit']> = async (
  _parent,
  { input },
  ctx,
) => {
  const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
  const { id } = await update(ctx, orgUnitId, parseInput(orgUnitInput, input));
  return unitRow(ctx, id);
};
