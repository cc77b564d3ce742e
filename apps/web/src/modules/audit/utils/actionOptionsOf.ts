// The actions the action filter offers: those of the chosen entity type, or every known action.
import { AUDIT_ACTIONS } from './auditActions';

export function actionOptionsOf(entityType: string | null): readonly string[] {
  if (entityType) return AUDIT_ACTIONS[entityType] ?? [];
  return [...new Set(Object.values(AUDIT_ACTIONS).flat())];
}
