// How the viewer stands to an official in the SKP: the official themselves, their direct supervisor
// (the holder of the position their position reports to), or anyone else.
export type SkpRelation = 'SELF' | 'SUPERVISOR' | 'OTHER';

export function skpRelation(
  viewer: { officialId: string; positionId: string | null } | null,
  official: { id: string; parentPositionId: string | null },
): SkpRelation {
  if (!viewer) return 'OTHER';
  if (viewer.officialId === official.id) return 'SELF';
  if (viewer.positionId !== null && viewer.positionId === official.parentPositionId) return 'SUPERVISOR';
  return 'OTHER';
}
