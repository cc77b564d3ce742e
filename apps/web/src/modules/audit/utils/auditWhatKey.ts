// The catalog key that says what a change was in words ("Realisasi diajukan"); null for a pair
// the catalogs do not know, which the page then shows by its entity type and action names.
import { AUDIT_ACTIONS } from './auditActions';

export function auditWhatKey(entityType: string, action: string): string | null {
  return AUDIT_ACTIONS[entityType]?.includes(action) ? `audit.what.${entityType}.${action}` : null;
}
