// The reporting period an entry is about, when its snapshots name one (a period lock's year and
// month); shown beside the change because it does not change itself.
function monthOf(snapshot: unknown): { year: number; month: number } | null {
  if (snapshot === null || typeof snapshot !== 'object') return null;
  const { year, month } = snapshot as { year?: unknown; month?: unknown };
  return Number.isInteger(year) && Number.isInteger(month) && Number(month) >= 1 && Number(month) <= 12
    ? { year: Number(year), month: Number(month) }
    : null;
}

export function auditPeriodOf(before: unknown, after: unknown): { year: number; month: number } | null {
  return monthOf(after) ?? monthOf(before);
}
