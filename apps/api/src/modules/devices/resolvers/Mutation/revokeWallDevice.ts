import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { revokeWallDeviceInput } from '../../lib/deviceInputs';
import { revokeWallDevice as revoke } from '../../providers/wallDevices';

export const revokeWallDevice: NonNullable<MutationResolvers['revokeWallDevice']> = async (
  _,
  { input },
  ctx,
) => {
  const deviceId = idOf('WallDevice', input.deviceId, 'deviceId');
  const parsed = revokeWallDeviceInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return revoke(ctx, { ...parsed.data, deviceId });
};
