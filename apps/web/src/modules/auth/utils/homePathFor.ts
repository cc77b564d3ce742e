// Where a user lands after login and when a route is not theirs: leaders and administrators on
// the government-wide dashboard, operators on their reporting inbox, unit heads on their unit.
import type { ViewerRole } from '../types/ViewerRole';
import { primaryScope } from './primaryScope';
import { seesProvince } from './seesProvince';

/** The widest dashboard the roles may see: the government's, or the user's own unit's. */
export function dashboardPathFor(roles: readonly ViewerRole[]): string {
  if (seesProvince(roles)) return '/dashboard';
  const scope = primaryScope(roles);
  return scope ? `/dashboard/${encodeURIComponent(scope.scope.id)}` : '/dashboard';
}

export function homePathFor(roles: readonly ViewerRole[]): string {
  if (roles.length > 0 && roles.every((r) => r.role === 'OPERATOR')) return '/entry';
  return dashboardPathFor(roles);
}
