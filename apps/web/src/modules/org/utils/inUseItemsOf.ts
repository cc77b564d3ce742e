// What still hangs on a unit the API refused to delete (rule `inUse`, params
// `{ children, positions, … }` with only the non-zero counts): one catalog entry per kind, in a
// fixed order, for "Unit ini masih memiliki 2 subunit dan 1 jabatan; kosongkan dulu."
export const IN_USE_KEY = 'org.errors.inUse';

const IN_USE_KINDS = ['children', 'positions', 'scorecards', 'indicators', 'programs', 'roles', 'devices'];

export function inUseItemsOf(counts: unknown): { key: string; count: number }[] {
  const found = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>) : {};
  return IN_USE_KINDS.flatMap((kind) => {
    const count = found[kind];
    return typeof count === 'number' && count > 0 ? [{ key: `org.inUse.${kind}`, count }] : [];
  });
}
