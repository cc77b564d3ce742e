// setPhotoMetadataKept: a tenant keeps (or strips) the metadata of evidence photos.
import { z } from 'zod';
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { badInput, parseInput } from '../../../../errors';
import { clientMutationId } from '../../../changes/lib/writeInputs';
import { tenantIdOf } from '../../lib/tenantIdOf';
import { setTenantFlag } from '../../providers/tenantFlags';
import { settingsTenant, storedTenantSettings } from '../../providers/tenantSettings';

const keepInput = z.object({ keep: z.boolean(), clientMutationId });

export const setPhotoMetadataKept: NonNullable<MutationResolvers['setPhotoMetadataKept']> = async (
  _parent,
  { input },
  ctx,
) => {
  const tenantId = tenantIdOf(input.tenantId);
  const fields = parseInput(keepInput, input);
  const tenant = await settingsTenant(ctx.prisma, tenantId);
  if (!tenant) throw badInput('tenantId', 'notFound');
  await setTenantFlag(ctx, tenant, {
    flag: 'keepPhotoMetadata',
    value: fields.keep,
    operation: 'setPhotoMetadataKept',
    action: 'PHOTO_METADATA_SET',
    clientMutationId: fields.clientMutationId,
  });
  const settings = await storedTenantSettings(ctx.prisma, tenantId);
  if (!settings) throw new Error(`settings of tenant ${tenantId} missing after their update`);
  return settings;
};
