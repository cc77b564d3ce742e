// A follow-up on a problem: global id, due date as a calendar day, who wrote it.
import type { FollowUpResolvers } from '../../../generated/resolverTypes';
import { isoDate } from '../../../period';

export const FollowUp: FollowUpResolvers = {
  id: (f) => `FollowUp:${f.id}`,
  dueDate: (f) => isoDate(f.dueDate),
  createdAt: (f) => f.createdAt.toISOString(),
  createdBy: (f) => f.createdBy?.displayName ?? null,
};
