// Internal models behind the auth module's GraphQL types (used by codegen).
import type { Role, User } from '@ekinerja/db';
import type { ScopeNodeRow } from '../org/schema.mappers';

export type UserMapper = User;
export interface RoleAssignmentMapper {
  role: Role;
  scope: ScopeNodeRow;
}
export interface AuthPayloadMapper {
  token: string;
  expiresAt: string;
  user: User;
}
