// Internal models behind the auth module's GraphQL types (used by codegen).
import type { Role, Session, User } from '@ekinerja/db';
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
/** A session with whether it is the one asking (decided where the list is read). */
export type UserSessionMapper = Session & { current: boolean };
