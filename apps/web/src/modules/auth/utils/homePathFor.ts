// Where a user lands after login and when a route is not theirs: leaders and administrators on
// the government-wide dashboard, unit heads and operators on their own unit's dashboard.
import type { ViewerRole } from '../types/ViewerRole';
import { primaryScope } from './primaryScope';
import { seesProvince } from './seesProvince';

export function homePathFor(roles: readonly ViewerRole[]): string {
  if (seesProvince(roles)) return '/dashboard';
  const scope = primaryScope(roles);
  return scope ? `/dashboard/${encodeURIComponent(scope.scope.id)}` : '/dashboard';
}
