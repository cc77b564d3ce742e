// createTenant: a new kabupaten/kota under the province.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { createTenantInput } from '../../lib/orgInputs';
import { createTenant as create } from '../../providers/orgTree';
import { tenantRow } from '../../providers/staffReads';

export const createTenant: NonNullable<MutationResolvers['createTenant']> = async (
  _parent,
  { input },
  ctx,
) => {
  const provinceId = idOf('Tenant', input.parentTenantId, 'parentTenantId');
  const { id } = await create(ctx, provinceId, parseInput(createTenantInput, input));
  return tenantRow(ctx, id);
};
