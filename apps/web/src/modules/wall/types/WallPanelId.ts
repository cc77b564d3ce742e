// One panel of the wall's playlist.
import type { wallPanels } from '../utils/wallPanels';

export type WallPanelId = (typeof wallPanels)[number];
