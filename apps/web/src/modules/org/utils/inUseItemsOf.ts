// What still hangs on a unit the API refused to delete (rule `inUse`, params
// `{ children, positions, … }` with only the non-zero counts): one catalog entry per kind, in a
// fixed order, for "Unit ini masih memiliki 2 subunit dan 1 jabatan; kosongkan dulu."
import { inUseItemsOf as itemsOf } from '../../../ui/form/inUseItemsOf';

export const IN_USE_KEY = 'org.errors.inUse';

const IN_USE_KINDS = ['children', 'positions', 'scorecards', 'indicators', 'programs', 'roles', 'devices'];

export function inUseItemsOf(counts: unknown): { key: string; count: number }[] {
  return itemsOf(counts, IN_USE_KINDS, 'org.inUse');
}
