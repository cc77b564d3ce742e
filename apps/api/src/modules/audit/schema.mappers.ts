// Internal models behind the audit module's GraphQL types (used by codegen).
import type { ChangeEvent } from '@ekinerja/db';

export type AuditEntryMapper = ChangeEvent & { actor: { displayName: string } | null };
export interface AuditEdgeMapper {
  cursor: string;
  node: AuditEntryMapper;
}
export interface AuditConnectionMapper {
  edges: AuditEdgeMapper[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
