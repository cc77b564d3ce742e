// Reads the playlist from `?panels=ranking,nko,…`: known ids in the given order, each once;
// nothing usable means the default playlist, so a typo never leaves a wall blank.
import type { WallPanelId } from '../types/WallPanelId';
import { wallPanels } from './wallPanels';

export function parsePanels(param: string | null): WallPanelId[] {
  if (!param) return [...wallPanels];
  const known = new Set<string>(wallPanels);
  const chosen = param
    .split(',')
    .map((p) => p.trim())
    .filter((p): p is WallPanelId => known.has(p));
  const unique = [...new Set(chosen)];
  return unique.length > 0 ? unique : [...wallPanels];
}
