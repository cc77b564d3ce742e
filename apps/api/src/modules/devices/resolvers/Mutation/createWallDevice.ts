// createWallDevice: registers a screen for a scope; its token is shown once.
import type { MutationResolvers } from '../../../../generated/resolverTypes';
import { parseInput } from '../../../../errors';
import { fromScopeId } from '../../../../ids';
import { createWallDeviceInput, uniquePanels } from '../../lib/deviceInputs';
import { WALL_PANELS } from '../../lib/wallPlaylist';
import { createWallDevice as create } from '../../providers/wallDevices';

export const createWallDevice: NonNullable<MutationResolvers['createWallDevice']> = async (
  _parent,
  { input },
  ctx,
) => {
  const scope = fromScopeId(input.scopeId);
  const fields = parseInput(createWallDeviceInput, input);
  const playlist = fields.playlist ? uniquePanels(fields.playlist) : [...WALL_PANELS];
  return create(ctx, { ...fields, scope, playlist });
};
