// A playlist needs at least one panel (the API's rule), said next to the panel list.
import type { DeviceMessage } from '../types/DeviceMessage';

export function validatePlaylist(playlist: ReadonlySet<string>): DeviceMessage[] {
  return playlist.size === 0 ? [{ field: 'playlist', key: 'devices.errors.playlistRequired' }] : [];
}
