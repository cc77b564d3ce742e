// What still hangs on a thing the API refused to delete (rule `inUse`, params: the non-zero counts
// by kind): one catalog entry per kind (`<section>.<kind>`, counted), in the order the message
// names them.
export function inUseItemsOf(
  counts: unknown,
  kinds: readonly string[],
  section: string,
): { key: string; count: number }[] {
  const found = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>) : {};
  return kinds.flatMap((kind) => {
    const count = found[kind];
    return typeof count === 'number' && count > 0 ? [{ key: `${section}.${kind}`, count }] : [];
  });
}
