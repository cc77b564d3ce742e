// The auditLog query's arguments for the filters, or null when nothing should be asked yet (no
// scope, or a date range the page refuses). Every filter, the action too, is the API's, so it
// covers the whole trail and not only the pages loaded.
import type { AuditLogQueryVariables } from '../graphql/auditLogQuery.generated';
import type { AuditFilters } from '../types/AuditFilters';
import { dateRangeProblem } from './dateRangeProblem';
import { dayEdgeInstant } from './dayEdgeInstant';

export function auditQueryVariables(
  filters: AuditFilters,
  scopeId: string | null,
  first: number,
  timeZone: string,
): AuditLogQueryVariables | null {
  if (!scopeId || dateRangeProblem(filters.from, filters.to)) return null;
  // A day of the filter is a day on the tenant's clock.
  const from = filters.from ? dayEdgeInstant(filters.from, 'start', timeZone) : null;
  const to = filters.to ? dayEdgeInstant(filters.to, 'end', timeZone) : null;
  // Absent filters are left out rather than sent as null, so equal views share one cache entry.
  return {
    scopeId,
    first,
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.userId ? { userId: filters.userId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
