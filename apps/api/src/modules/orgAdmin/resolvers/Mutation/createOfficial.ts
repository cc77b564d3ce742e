// createOfficial: an official (ASN) with a checked NIP, optionally placed in a position.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { createOfficialInput, optionalPositionId } from '../../lib/orgInputs';
import { createOfficial as create } from '../../providers/staff';
import { officialRow } from '../../providers/staffReads';

export const createOfficial: NonNullable<MutationResolvers['createOfficial']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
  const positionId = optionalPositionId(input.positionId);
  const { id } = await create(ctx, tenantId, { ...parseInput(createOfficialInput, input), positionId });
  return officialRow(ctx, id);
};
