// Turns the API's refusal of an org write into a message on the field it names
// (`extensions.field`, `rule` and `params`) when the form has that field, else on the form; the
// catalog says it in words.
import { CombinedGraphQLErrors } from '@apollo/client';
import { PERSPECTIVE_ORDER } from '../../dashboard/utils/strategyMapLayout';
import type { OrgMessage } from '../types/OrgMessage';
import { IN_USE_KEY } from './inUseItemsOf';

function textMessage(field: string, rule: string): OrgMessage {
  if (rule === 'too_big') return { field, key: 'org.errors.tooLong' };
  if (rule === 'too_small') return { field, key: 'org.errors.required' };
  return { field, key: 'org.errors.invalid' };
}

const NIP_KEYS: Record<string, string> = {
  unique: 'org.errors.nipTaken',
  birthDate: 'org.errors.nipBirthDate',
  appointment: 'org.errors.nipAppointment',
  sex: 'org.errors.nipSex',
};

function badInput(field: string, rule: string, params: unknown): OrgMessage {
  // The weights are sent in BSC order: the N-th is that perspective's field.
  const weightIndex = /^weights\.(\d+)\./.exec(field)?.[1];
  if (weightIndex !== undefined) {
    const perspective = PERSPECTIVE_ORDER[Number(weightIndex)];
    return { field: perspective ? `weights.${perspective}` : 'weights', key: 'org.errors.weightRange' };
  }
  switch (field) {
    case 'code':
      if (rule === 'unique') return { field, key: 'org.errors.codeTaken' };
      return rule === 'too_small'
        ? { field, key: 'org.errors.required' }
        : { field, key: 'org.errors.codeFormat' };
    case 'title':
      return rule === 'unique' ? { field, key: 'org.errors.titleTaken' } : textMessage(field, rule);
    case 'name':
    case 'shortName':
    case 'capital':
      return textMessage(field, rule);
    case 'level':
      return { field, key: 'org.errors.level' };
    case 'kind':
      return { field, key: 'org.errors.kind' };
    case 'nip':
      return { field, key: NIP_KEYS[rule] ?? 'org.errors.nipDigits' };
    case 'email':
      return rule === 'too_big' ? { field, key: 'org.errors.tooLong' } : { field, key: 'org.errors.email' };
    case 'phone':
      return rule === 'too_big' ? { field, key: 'org.errors.tooLong' } : { field, key: 'org.errors.phone' };
    case 'weights':
      return {
        field,
        key: rule === 'incomplete' ? 'org.errors.weightsIncomplete' : 'org.errors.sumTo100',
      };
    case 'year':
      return { field: 'form', key: 'org.errors.year' };
    case 'parentId':
      return rule === 'tooDeep'
        ? { field: 'form', key: 'org.errors.tooDeep' }
        : { field: 'form', key: 'org.errors.gone', reload: true };
    case 'parentTenantId':
      return { field: 'form', key: 'org.errors.notProvince' };
    case 'orgUnitId':
      if (rule === 'inUse') return { field: 'form', key: IN_USE_KEY, params: { counts: params ?? {} } };
      return { field: 'form', key: 'org.errors.gone', reload: true };
    case 'positionId':
      if (rule === 'held') return { field, key: 'org.errors.positionHeld', reload: true };
      if (rule === 'otherTenant') return { field, key: 'org.errors.otherTenant' };
      return { field, key: 'org.errors.positionGone', reload: true };
    case 'scorecardId':
      return rule === 'inUse'
        ? {
            field: 'form',
            key: 'org.errors.scorecardInUse',
            params: { count: (params as { objectives?: number } | undefined)?.objectives ?? 0 },
          }
        : { field: 'form', key: 'org.errors.gone', reload: true };
    case 'ownerId':
      return rule === 'noPosition'
        ? { field: 'form', key: 'org.errors.noPosition', reload: true }
        : { field: 'form', key: 'org.errors.scorecardExists', reload: true };
    default:
      return { field: 'form', key: 'org.errors.invalidField', params: { field } };
  }
}

/** `fields`: the form's fields; a refusal naming another one is said on the form. */
export function orgErrorOf(error: unknown, fields: readonly string[]): OrgMessage {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'org.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  switch (extensions.code) {
    case 'BAD_USER_INPUT': {
      const message = badInput(
        String(extensions.field ?? ''),
        String(extensions.rule ?? 'invalid'),
        extensions.params,
      );
      return message.field === 'form' || fields.includes(message.field)
        ? message
        : { ...message, field: 'form' };
    }
    case 'NOT_FOUND':
      return { field: 'form', key: 'org.errors.gone', reload: true };
    case 'FORBIDDEN':
      return { field: 'form', key: 'org.errors.forbidden' };
    case 'UNAUTHENTICATED':
      return { field: 'form', key: 'org.errors.session' };
    default:
      return { field: 'form', key: 'org.errors.unknown' };
  }
}
