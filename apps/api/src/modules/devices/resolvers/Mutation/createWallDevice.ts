import type { MutationResolvers } from '../../../../generated/resolvers';
import { fromZodError } from '../../../../errors';
import { fromScopeId } from '../../../../ids';
import { createWallDeviceInput, uniquePanels } from '../../lib/deviceInputs';
import { WALL_PANELS } from '../../lib/wallPlaylist';
import { createWallDevice as create } from '../../providers/wallDevices';

export const createWallDevice: NonNullable<MutationResolvers['createWallDevice']> = async (
  _,
  { input },
  ctx,
) => {
  const scope = fromScopeId(input.scopeId);
  const parsed = createWallDeviceInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  const playlist = parsed.data.playlist ? uniquePanels(parsed.data.playlist) : [...WALL_PANELS];
  return create(ctx, { ...parsed.data, scope, playlist });
};
