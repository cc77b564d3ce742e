// revokeWallDevice: the screen's token stops working and its socket closes.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { revokeWallDeviceInput } from '../../lib/deviceInputs';
import { revokeWallDevice as revoke } from '../../providers/wallDevices';

export const revokeWallDevice: NonNullable<MutationResolvers['revokeWallDevice']> = async (
  _parent,
  { input },
  ctx,
) => {
  const deviceId = idOf('WallDevice', input.deviceId, 'deviceId');
  return revoke(ctx, { ...parseInput(revokeWallDeviceInput, input), deviceId });
};
