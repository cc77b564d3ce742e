// The rows a bulk verification sends: the selected values still in the queue, in queue order,
// each with the version the supervisor saw.
import type { BulkVerification } from '../types/BulkVerification';
import type { VerificationItem } from '../types/VerificationItem';

export function bulkVerificationOf(
  queue: readonly Pick<VerificationItem, 'measurementId' | 'version' | 'code'>[],
  selected: ReadonlySet<string>,
): BulkVerification {
  const items: BulkVerification['items'] = [];
  const codes: string[] = [];
  for (const row of queue) {
    if (!selected.has(row.measurementId)) continue;
    items.push({ measurementId: row.measurementId, expectedVersion: row.version });
    codes.push(row.code);
  }
  return { items, codes };
}
