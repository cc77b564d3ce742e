// createOrgUnit: an OPD under a tenant, or a bidang or seksi under a unit.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromScopeId } from '../../../../ids';
import { orgUnitInput } from '../../lib/orgInputs';
import { createOrgUnit as create } from '../../providers/orgTree';
import { unitRow } from '../../providers/staffReads';

export const createOrgUnit: NonNullable<MutationResolvers['createOrgUnit']> = async (
  _parent,
  { input },
  ctx,
) => {
  const parent = fromScopeId(input.parentId, 'parentId');
  const { id } = await create(ctx, parent, parseInput(orgUnitInput, input));
  return unitRow(ctx, id);
};
