// The wall's panels and how a device's playlist is stored: `{ panels: [...] }` (the seed's shape,
// which may carry other settings such as `rotateSeconds`) or, tolerated, a bare array.
import type { Prisma } from '@ekinerja/db';

/**
 * Panel ids in default order: the same list as the web wall's `wallPanels` and the seed's
 * DEFAULT_WALL_PLAYLIST (devices.test.ts checks the seed's).
 */
export const WALL_PANELS = [
  'nko',
  'ranking',
  'budget',
  'atRisk',
  'reporting',
  'regencies',
  'activity',
] as const;
export type WallPanel = (typeof WALL_PANELS)[number];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The panel ids of a stored playlist, in order; anything unreadable yields none. */
export function panelsOf(stored: Prisma.JsonValue): string[] {
  const list = Array.isArray(stored) ? stored : isObject(stored) ? stored.panels : null;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

/** The stored playlist with new panels, keeping whatever else it holds. */
export function withPanels(
  stored: Prisma.JsonValue | null,
  panels: readonly string[],
): Prisma.InputJsonObject {
  const rest = stored !== null && isObject(stored) ? (stored as Prisma.InputJsonObject) : {};
  return { ...rest, panels: [...panels] };
}
