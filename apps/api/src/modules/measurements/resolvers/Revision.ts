// A recorded change to a verified value: when, by whom.
import type { RevisionResolvers } from '../../../generated/resolverTypes';

export const Revision: RevisionResolvers = {
  changedAt: (r) => r.changedAt.toISOString(),
  changedBy: (r) => r.changedBy?.displayName ?? null,
};
