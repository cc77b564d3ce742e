// A change as the activity feed shows it: text sequence, the changed entity's global id, ISO time, actor.
import type { ActivityItemResolvers } from '../../../generated/resolverTypes';

export const ActivityItem: ActivityItemResolvers = {
  seq: (e) => e.seq.toString(),
  entityId: (e) => `${e.entityType}:${e.entityId}`,
  at: (e) => e.createdAt.toISOString(),
  actorName: (e) => e.actor?.displayName ?? null,
};
