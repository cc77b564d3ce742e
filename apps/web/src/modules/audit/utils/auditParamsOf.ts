// Writes the audit filters into the page's address (empty ones left out), keeping any other
// parameters it carries; the inverse of auditFiltersFromParams.
import type { AuditFilters } from '../types/AuditFilters';

const NAMES: readonly (readonly [keyof AuditFilters, string])[] = [
  ['scopeId', 'scope'],
  ['entityType', 'type'],
  ['action', 'action'],
  ['from', 'from'],
  ['to', 'to'],
  ['userId', 'user'],
];

export function auditParamsOf(filters: AuditFilters, current?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(current);
  for (const [field, name] of NAMES) {
    params.delete(name);
    const value = filters[field];
    if (value) params.set(name, value);
  }
  return params;
}
