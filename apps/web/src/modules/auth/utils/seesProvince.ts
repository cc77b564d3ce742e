// Leaders and administrators with a tenant-wide role see the whole government's dashboard.
import type { ViewerRole } from '../types/ViewerRole';

const TENANT_WIDE = new Set(['SUPER_ADMIN', 'TENANT_ADMIN', 'LEADER']);

export function seesProvince(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => TENANT_WIDE.has(r.role) && r.scope.__typename === 'Tenant');
}
