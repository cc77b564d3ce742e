// Internal models behind the users module's GraphQL types (used by codegen).
import type { Role } from '@ekinerja/db';
import type { ScopeNodeRow } from '../org/schema.mappers';

export interface UserRoleAssignmentMapper {
  id: string;
  role: Role;
  scope: ScopeNodeRow;
  createdAt: Date;
}
