// zod rules for the wall-device mutations' inputs.
import { z } from 'zod';
import { badInput } from '../../../errors';
import { clientMutationId } from '../../changes/lib/writeInputs';
import { WALL_PANELS, type WallPanel } from './wallPlaylist';

export const DEVICE_NAME_MAX_LENGTH = 100;

const name = z.string().trim().min(1).max(DEVICE_NAME_MAX_LENGTH);

/** Known panels in the order given; at least one, each at most once (checked by `uniquePanels`). */
const playlist = z.array(z.enum(WALL_PANELS)).min(1).max(WALL_PANELS.length);

export const createWallDeviceInput = z.object({ name, playlist: playlist.nullish(), clientMutationId });

export const setWallDevicePlaylistInput = z.object({ playlist, clientMutationId });

export const revokeWallDeviceInput = z.object({ clientMutationId });

/** A panel twice is a mistake of the client, not something to drop silently. */
export function uniquePanels(panels: readonly WallPanel[]): WallPanel[] {
  const index = panels.findIndex((p, i) => panels.indexOf(p) !== i);
  if (index >= 0) throw badInput(`playlist.${index}`, 'duplicate', { value: panels[index] });
  return [...panels];
}
