// One change of the audit trail, as the audit page reads it.
import type { AuditLogQuery } from '../graphql/auditLogQuery.generated';

export type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];
