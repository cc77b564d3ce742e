// setWallDevicePlaylist: which panels a screen rotates through, in order.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { idOf } from '../../../../ids';
import { setWallDevicePlaylistInput, uniquePanels } from '../../lib/deviceInputs';
import { setWallDevicePlaylist as setPlaylist } from '../../providers/wallDevices';

export const setWallDevicePlaylist: NonNullable<MutationResolvers['setWallDevicePlaylist']> = async (
  _parent,
  { input },
  ctx,
) => {
  const deviceId = idOf('WallDevice', input.deviceId, 'deviceId');
  const fields = parseInput(setWallDevicePlaylistInput, input);
  return setPlaylist(ctx, { ...fields, deviceId, playlist: uniquePanels(fields.playlist) });
};
