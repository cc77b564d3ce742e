// A change-log record as the audit view shows it: text sequence, ISO time, actor's name, global id.
import type { AuditEntryResolvers } from '../../../generated/resolverTypes';

export const AuditEntry: AuditEntryResolvers = {
  seq: (e) => e.seq.toString(),
  at: (e) => e.createdAt.toISOString(),
  actor: (e) => e.actor?.displayName ?? null,
  entityId: (e) => `${e.entityType}:${e.entityId}`,
};
