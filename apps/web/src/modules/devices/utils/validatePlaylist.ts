// A playlist needs at least one panel (the API's rule), said next to the panel list.
import type { FormMessage } from '../../../ui/form/FormMessage';

export function validatePlaylist(playlist: ReadonlySet<string>): FormMessage[] {
  return playlist.size === 0 ? [{ field: 'playlist', key: 'devices.errors.playlistRequired' }] : [];
}
