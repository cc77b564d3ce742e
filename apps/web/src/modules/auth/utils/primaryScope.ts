// The scope a user's screens open on: the widest one their roles give. A tenant-wide role of a
// leader or administrator wins over unit roles; otherwise the first role's unit.
import type { Role } from '../../../gql/graphql';
import type { ViewerRole } from '../types/ViewerRole';

const PRECEDENCE: readonly Role[] = [
  'SUPER_ADMIN',
  'TENANT_ADMIN',
  'LEADER',
  'UNIT_HEAD',
  'VIEWER',
  'OPERATOR',
];

export function primaryScope(roles: readonly ViewerRole[]): ViewerRole | null {
  const ranked = [...roles].sort((a, b) => {
    const tenantFirst = Number(b.scope.__typename === 'Tenant') - Number(a.scope.__typename === 'Tenant');
    return tenantFirst || PRECEDENCE.indexOf(a.role) - PRECEDENCE.indexOf(b.role);
  });
  return ranked[0] ?? null;
}
