// Internal models behind the users module's GraphQL types (used by codegen).
import type { Role } from '@ekinerja/db';
import type { OrgUnitMapper, TenantMapper } from '../org/mappers';

export interface UserRoleAssignmentMapper {
  id: string;
  role: Role;
  scope: TenantMapper | OrgUnitMapper;
  createdAt: Date;
}
