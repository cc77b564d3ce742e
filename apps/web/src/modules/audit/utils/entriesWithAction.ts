// The loaded entries that match the action filter (done here: the API filters by entity type,
// user and time, but not by action).
import type { AuditEntry } from '../types/AuditEntry';

export function entriesWithAction(
  entries: readonly AuditEntry[],
  action: string | null,
): readonly AuditEntry[] {
  return action ? entries.filter((entry) => entry.action === action) : entries;
}
