// The roles the API's policy lets read a scope's audit trail (policy action 'audit').
import type { Role } from '../../../gql/graphql';

export const AUDIT_ROLES: ReadonlySet<Role> = new Set<Role>([
  'TENANT_ADMIN',
  'SUPER_ADMIN',
  'LEADER',
  'UNIT_HEAD',
]);
