// deleteOrgUnit: removes a unit made by mistake; one that anything hangs on is refused as inUse.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { idOf, toGlobalId } from '../../../../ids';
import { deleteOrgUnit as remove } from '../../providers/orgTree';

export const deleteOrgUnit: NonNullable<MutationResolvers['deleteOrgUnit']> = async (
  _parent,
  { input },
  ctx,
) => {
  const orgUnitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
  const { id, seq } = await remove(ctx, orgUnitId, input.clientMutationId);
  return { deletedId: toGlobalId('OrgUnit', id), seq };
};
