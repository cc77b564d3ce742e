// The ticked panels as a playlist: in the wall's default order, each once.
import type { WallPanelId } from '../../wall/types/WallPanelId';
import { wallPanels } from '../../wall/utils/wallPanels';

export function orderedPlaylist(selected: ReadonlySet<string>): WallPanelId[] {
  return wallPanels.filter((panel) => selected.has(panel));
}
