// Who may leave a directive (arahan): leaders and administrators (the API checks the scope).
import type { ViewerRole } from '../types/ViewerRole';

const DIRECTIVE_ROLES = new Set(['LEADER', 'SUPER_ADMIN', 'TENANT_ADMIN']);

export function mayGiveDirective(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => DIRECTIVE_ROLES.has(r.role));
}
