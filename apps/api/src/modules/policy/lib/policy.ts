// Who may do what where: roles on scope subtrees (DESIGN §6), deny by default. Pure: callers
// pass the viewer and the scope path of the node concerned.
import type { Role } from '@ekinerja/db';

export interface RoleGrant {
  role: Role;
  /** The scope node: an org unit id, or the tenant id when the role covers the whole tenant. */
  scopeId: string;
}

export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      username: string;
      displayName: string;
      sessionId: string;
      grants: RoleGrant[];
    }
  | { kind: 'device'; deviceId: string; scopeId: string };

export type Action =
  /** See scores, indicators, budget, issues, directives. */
  | 'read'
  /** Enter and submit realisation (also requires assignment to the indicator). */
  | 'enterData'
  | 'verify'
  /** Raise problems (permasalahan) and record their follow-ups. */
  | 'reportIssue'
  | 'writeDirective'
  /** Org tree, scorecards, users, devices, settings, period locks. */
  | 'administer'
  /** The audit log. */
  | 'audit'
  /** Officials' SKP plans and appraisals (personal: heads and leaders only, beside the official and supervisor). */
  | 'readAppraisals';

const ROLES_FOR: Record<Action, readonly Role[]> = {
  read: ['SUPER_ADMIN', 'TENANT_ADMIN', 'LEADER', 'UNIT_HEAD', 'OPERATOR', 'VIEWER'],
  enterData: ['OPERATOR'],
  verify: ['UNIT_HEAD', 'TENANT_ADMIN', 'SUPER_ADMIN'],
  reportIssue: ['OPERATOR', 'UNIT_HEAD', 'LEADER', 'TENANT_ADMIN', 'SUPER_ADMIN'],
  writeDirective: ['LEADER', 'TENANT_ADMIN', 'SUPER_ADMIN'],
  administer: ['TENANT_ADMIN', 'SUPER_ADMIN'],
  audit: ['TENANT_ADMIN', 'SUPER_ADMIN', 'LEADER', 'UNIT_HEAD'],
  readAppraisals: ['TENANT_ADMIN', 'SUPER_ADMIN', 'LEADER', 'UNIT_HEAD'],
};

/**
 * `scopePath` lists the ids a node sits under, outermost first: the parent tenant (for a
 * kabupaten/kota), the tenant, then the org units down to the node itself.
 */
export function can(viewer: Viewer, action: Action, scopePath: readonly string[]): boolean {
  if (viewer.kind === 'anonymous') return false;
  if (viewer.kind === 'device') return action === 'read' && scopePath.includes(viewer.scopeId);
  return viewer.grants.some((g) => ROLES_FOR[action].includes(g.role) && scopePath.includes(g.scopeId));
}

/** The scope ids in which the viewer may do `action` (for filtering lists in SQL). */
export function scopesFor(viewer: Viewer, action: Action): string[] {
  if (viewer.kind === 'anonymous') return [];
  if (viewer.kind === 'device') return action === 'read' ? [viewer.scopeId] : [];
  return viewer.grants.filter((g) => ROLES_FOR[action].includes(g.role)).map((g) => g.scopeId);
}

export function describeViewer(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') return 'anonymous';
  if (viewer.kind === 'device') return `device:${viewer.deviceId}`;
  return `user:${viewer.username}`;
}
