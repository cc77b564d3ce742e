// The scopes whose audit trail the viewer may read: those of their roles that the API's policy
// lets read it, the widest first (the page's default, as primaryScope picks it), each once.
import type { Role } from '../../../gql/graphql';
import { primaryScope } from '../../auth/utils/primaryScope';
import type { AuditScopeOption } from '../types/AuditScopeOption';
import { AUDIT_ROLES } from './auditRoles';

interface RoleOnScope {
  role: Role;
  scope: { __typename: 'Tenant' | 'OrgUnit'; id: string; name: string };
}

export function auditScopesOf(roles: readonly RoleOnScope[]): AuditScopeOption[] {
  const allowed = roles.filter((r) => AUDIT_ROLES.has(r.role));
  const top = primaryScope(allowed);
  const widest = allowed.find((r) => r === top);
  const ordered = widest ? [widest, ...allowed.filter((r) => r !== widest)] : allowed;
  const options = new Map<string, AuditScopeOption>();
  for (const { scope } of ordered) {
    if (!options.has(scope.id))
      options.set(scope.id, { id: scope.id, name: scope.name, kind: scope.__typename });
  }
  return [...options.values()];
}
