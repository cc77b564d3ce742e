// updateTenant: a tenant's name, short name and capital (its kind and code stay).
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { updateTenantInput } from '../../lib/orgInputs';
import { updateTenant as update } from '../../providers/orgTree';
import { tenantRow } from '../../providers/staffReads';

export const updateTenant: NonNullable<MutationResolvers['updateTenant']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = idOf('Tenant', input.tenantId, 'tenantId');
  const { id } = await update(ctx, tenantId, parseInput(updateTenantInput, input));
  return tenantRow(ctx, id);
};
