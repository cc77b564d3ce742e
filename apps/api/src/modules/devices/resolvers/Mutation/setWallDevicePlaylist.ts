import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { idOf } from '../../../changes/lib/writeInputs';
import { setWallDevicePlaylistInput, uniquePanels } from '../../lib/deviceInputs';
import { setWallDevicePlaylist as setPlaylist } from '../../providers/wallDevices';

export const setWallDevicePlaylist: NonNullable<MutationResolvers['setWallDevicePlaylist']> = async (
  _,
  { input },
  ctx,
) => {
  const deviceId = idOf('WallDevice', input.deviceId, 'deviceId');
  const parsed = setWallDevicePlaylistInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return setPlaylist(ctx, { ...parsed.data, deviceId, playlist: uniquePanels(parsed.data.playlist) });
};
