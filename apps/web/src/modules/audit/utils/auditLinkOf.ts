// Where an audit entry leads: the indicator page when its snapshots name the indicator, the
// dashboard of a tenant or unit that is itself the entity (a period lock belongs to its tenant).
// A measurement's snapshots carry no indicator id today, so it gets no link until they do.
import { drillPaths } from '../../dashboard/utils/drillPaths';
import type { AuditEntry } from '../types/AuditEntry';
import type { AuditLink } from '../types/AuditLink';

function indicatorIdOf(snapshot: unknown): string | null {
  if (snapshot === null || typeof snapshot !== 'object') return null;
  const { indicatorId } = snapshot as { indicatorId?: unknown };
  if (typeof indicatorId !== 'string' || indicatorId === '') return null;
  return indicatorId.startsWith('Indicator:') ? indicatorId : `Indicator:${indicatorId}`;
}

function localIdOf(globalId: string): string {
  return globalId.slice(globalId.indexOf(':') + 1);
}

export function auditLinkOf(
  entry: Pick<AuditEntry, 'entityType' | 'entityId' | 'before' | 'after'>,
): AuditLink | null {
  const indicatorId = indicatorIdOf(entry.after) ?? indicatorIdOf(entry.before);
  if (indicatorId) return { kind: 'indicator', path: drillPaths.indicator(indicatorId) };
  if (entry.entityType === 'Tenant' || entry.entityType === 'OrgUnit')
    return { kind: 'scope', path: drillPaths.scope(entry.entityId) };
  if (entry.entityType === 'PeriodLock')
    return { kind: 'scope', path: drillPaths.scope(`Tenant:${localIdOf(entry.entityId)}`) };
  return null;
}
