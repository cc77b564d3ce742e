// Adds the next (older) page of the audit trail below the entries already shown; an entry that is
// already there (same sequence number) is not repeated.
import type { AuditLogQuery } from '../graphql/auditLogQuery.generated';

type AuditConnection = AuditLogQuery['auditLog'];

export function appendAuditPage(shown: AuditConnection, next: AuditConnection): AuditConnection {
  const seen = new Set(shown.edges.map((edge) => edge.node.seq));
  return {
    ...shown,
    edges: [...shown.edges, ...next.edges.filter((edge) => !seen.has(edge.node.seq))],
    pageInfo: next.pageInfo,
  };
}
