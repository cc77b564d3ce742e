// Where a unit sits in the tree: the units from its OPD down to it (the unit last), or null when
// the tree no longer has it. Gives the breadcrumb, the parent, and the branches to open.
import type { OrgTreeUnit } from '../types/OrgTreeUnit';

export function unitPathOf(units: readonly OrgTreeUnit[], unitId: string): OrgTreeUnit[] | null {
  for (const unit of units) {
    if (unit.id === unitId) return [unit];
    const below = unitPathOf(unit.children ?? [], unitId);
    if (below) return [unit, ...below];
  }
  return null;
}
