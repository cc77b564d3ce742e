// Per-request lookups behind the organisation tree: the positions of every unit in a response in
// one query, and the holders of every position in one more (the tree of a province has hundreds).
import DataLoader from 'dataloader';
import type { Official, Position } from '@ekinerja/db';
import { groupedBy, perRequest } from '../../../requestLoaders';

export interface StaffLoaders {
  /** By unit id: JPT first, then by the unit's own order. */
  positionsByUnit: DataLoader<string, Position[]>;
  /** By position id: its holder, with the position, or null when it is vacant. */
  holderByPosition: DataLoader<string, (Official & { position: Position | null }) | null>;
}

export const staffLoaders = perRequest((prisma): StaffLoaders => ({
  positionsByUnit: new DataLoader(async (unitIds) => {
    const rows = await prisma.position.findMany({
      where: { orgUnitId: { in: [...unitIds] } },
      orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
    });
    return groupedBy(unitIds, rows, (p) => p.orgUnitId);
  }),
  holderByPosition: new DataLoader(async (positionIds) => {
    const rows = await prisma.official.findMany({
      where: { positionId: { in: [...positionIds] } },
      include: { position: true },
    });
    const byPosition = new Map(rows.map((o) => [o.positionId, o]));
    return positionIds.map((id) => byPosition.get(id) ?? null);
  }),
}));
