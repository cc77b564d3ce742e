// Whether the viewer may open the audit page (route guard and navigation link): some role of
// theirs lets them read a scope's audit trail.
import type { ViewerRole } from '../../auth/types/ViewerRole';
import { AUDIT_ROLES } from './auditRoles';

export function readsAudit(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => AUDIT_ROLES.has(r.role));
}
