// Reads the audit filters from the page's address; anything malformed is ignored (as if absent),
// so a hand-edited or truncated link still opens a sensible view.
import type { AuditFilters } from '../types/AuditFilters';

const GLOBAL_ID = /^[A-Za-z]+:[^\s]{1,200}$/;
const ENTITY_TYPE = /^[A-Za-z]{1,50}$/;
const ACTION = /^[A-Z][A-Z_]{0,49}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function read(params: URLSearchParams, name: string, pattern: RegExp): string | null {
  const value = params.get(name)?.trim() ?? '';
  return pattern.test(value) ? value : null;
}

export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  return {
    scopeId: read(params, 'scope', GLOBAL_ID),
    entityType: read(params, 'type', ENTITY_TYPE),
    action: read(params, 'action', ACTION),
    from: read(params, 'from', DATE),
    to: read(params, 'to', DATE),
    userId: read(params, 'user', GLOBAL_ID),
  };
}
