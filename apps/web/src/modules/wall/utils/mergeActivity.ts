// The activity feed as a bounded list, newest first: a wall running for days keeps at most
// `limit` items however many events arrive; duplicates (replayed after a reconnect) are dropped.
import type { WallActivityItem } from '../types/WallScoreboard';
import { isSeqAhead } from './isSeqAhead';

const ACTIVITY_LIMIT = 30;

export function mergeActivity(
  current: readonly WallActivityItem[],
  incoming: readonly WallActivityItem[],
  limit = ACTIVITY_LIMIT,
): WallActivityItem[] {
  const bySeq = new Map<string, WallActivityItem>();
  for (const item of [...incoming, ...current]) if (!bySeq.has(item.seq)) bySeq.set(item.seq, item);
  return [...bySeq.values()]
    .sort((a, b) => (isSeqAhead(a.seq, b.seq) ? -1 : isSeqAhead(b.seq, a.seq) ? 1 : 0))
    .slice(0, limit);
}
