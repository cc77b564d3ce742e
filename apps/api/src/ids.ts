// Global ids ("OrgUnit:<uuid>") so Apollo Client can normalise every object by id alone.
import { badInput } from './errors';

export type NodeType =
  | 'Tenant'
  | 'OrgUnit'
  | 'Official'
  | 'User'
  | 'Indicator'
  | 'Objective'
  | 'Scorecard'
  | 'ChangeEvent'
  | 'Program'
  | 'SubActivity'
  | 'Measurement'
  | 'Issue'
  | 'Directive'
  | 'WallDevice'
  | 'RoleAssignment'
  | 'Position'
  | 'PerformanceAgreement'
  | 'AgreementVersion'
  | 'SkpPlan'
  | 'RencanaHasilKerja'
  | 'SkpEvaluation'
  | 'Notification'
  | 'Evidence'
  | 'Session';
const NODE_TYPES: readonly NodeType[] = [
  'Tenant',
  'OrgUnit',
  'Official',
  'User',
  'Indicator',
  'Objective',
  'Scorecard',
  'ChangeEvent',
  'Program',
  'SubActivity',
  'Measurement',
  'Issue',
  'Directive',
  'WallDevice',
  'RoleAssignment',
  'Position',
  'PerformanceAgreement',
  'AgreementVersion',
  'SkpPlan',
  'RencanaHasilKerja',
  'SkpEvaluation',
  'Notification',
  'Evidence',
  'Session',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toGlobalId(type: NodeType, id: string | bigint): string {
  return `${type}:${id}`;
}

export function fromGlobalId(globalId: string, field = 'id'): { type: NodeType; id: string } {
  const separator = globalId.indexOf(':');
  const type = globalId.slice(0, separator) as NodeType;
  const id = globalId.slice(separator + 1);
  if (separator < 0 || !NODE_TYPES.includes(type)) throw badInput(field, 'globalId', { value: globalId });
  if (type !== 'ChangeEvent' && !UUID.test(id)) throw badInput(field, 'globalId', { value: globalId });
  return { type, id };
}

/** The uuid inside a global id of the expected type, or BAD_USER_INPUT naming the field. */
export function idOf(type: NodeType, globalId: string, field: string): string {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== type) throw badInput(field, 'globalId', { expected: type });
  return parsed.id;
}

/** A scope is a tenant or an org unit. */
export function fromScopeId(globalId: string, field = 'scopeId'): { type: 'Tenant' | 'OrgUnit'; id: string } {
  const parsed = fromGlobalId(globalId, field);
  if (parsed.type !== 'Tenant' && parsed.type !== 'OrgUnit')
    throw badInput(field, 'scopeType', { value: globalId });
  return { type: parsed.type, id: parsed.id };
}
