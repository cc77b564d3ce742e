// What the administrator is filling in for a new wall device.
import type { WallPanelId } from '../../wall/types/WallPanelId';

export interface DeviceDraft {
  name: string;
  /** A tenant or OPD (global id). */
  scopeId: string;
  playlist: ReadonlySet<WallPanelId>;
}
