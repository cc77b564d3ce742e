// Turns the API's refusal of an org write into a message on the field it names
// (`extensions.field`, `rule` and `params`) when the form has that field, else on the form; the
// catalog says it in words.
import type { ApiError } from '../../../ui/form/ApiError';
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { PERSPECTIVE_ORDER } from '../../dashboard/utils/strategyMapLayout';
import { IN_USE_KEY } from './inUseItemsOf';

const GONE = { field: 'form', key: 'org.errors.gone', reload: true };
const TEXT = { too_big: 'org.errors.tooLong', too_small: 'org.errors.required', '*': 'org.errors.invalid' };

/** A perspective's weight: they are sent in BSC order, so the N-th is that perspective's field. */
function weightRange({ field }: ApiError): FormMessage | null {
  const index = /^weights\.(\d+)\./.exec(field)?.[1];
  if (index === undefined) return null;
  const perspective = PERSPECTIVE_ORDER[Number(index)];
  return { field: perspective ? `weights.${perspective}` : 'weights', key: 'org.errors.weightRange' };
}

const ORG_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'org.errors.network',
    NOT_FOUND: GONE,
    FORBIDDEN: 'org.errors.forbidden',
    UNAUTHENTICATED: 'org.errors.session',
    unknown: 'org.errors.unknown',
  },
  fields: {
    code: { unique: 'org.errors.codeTaken', too_small: 'org.errors.required', '*': 'org.errors.codeFormat' },
    title: { unique: 'org.errors.titleTaken', ...TEXT },
    name: TEXT,
    shortName: TEXT,
    capital: TEXT,
    level: { '*': 'org.errors.level' },
    kind: { '*': 'org.errors.kind' },
    nip: {
      unique: 'org.errors.nipTaken',
      birthDate: 'org.errors.nipBirthDate',
      appointment: 'org.errors.nipAppointment',
      sex: 'org.errors.nipSex',
      '*': 'org.errors.nipDigits',
    },
    email: { too_big: 'org.errors.tooLong', '*': 'org.errors.email' },
    phone: { too_big: 'org.errors.tooLong', '*': 'org.errors.phone' },
    weights: { incomplete: 'org.errors.weightsIncomplete', '*': 'org.errors.sumTo100' },
    year: { '*': { field: 'form', key: 'org.errors.year' } },
    parentId: { tooDeep: { field: 'form', key: 'org.errors.tooDeep' }, '*': GONE },
    parentTenantId: { '*': { field: 'form', key: 'org.errors.notProvince' } },
    orgUnitId: {
      inUse: ({ params }) => ({ field: 'form', key: IN_USE_KEY, params: { counts: params } }),
      '*': GONE,
    },
    positionId: {
      held: { key: 'org.errors.positionHeld', reload: true },
      otherTenant: 'org.errors.otherTenant',
      '*': { key: 'org.errors.positionGone', reload: true },
    },
    scorecardId: {
      inUse: ({ params }) => ({
        field: 'form',
        key: 'org.errors.scorecardInUse',
        params: { count: params.objectives ?? 0 },
      }),
      '*': GONE,
    },
    ownerId: {
      noPosition: { field: 'form', key: 'org.errors.noPosition', reload: true },
      '*': { field: 'form', key: 'org.errors.scorecardExists', reload: true },
    },
    '*': { '*': weightRange },
  },
  invalid: 'org.errors.invalidField',
};

/** `fields`: the form's fields; a refusal naming another one is said on the form. */
export function orgErrorOf(error: unknown, fields: readonly string[]): FormMessage {
  const message = apiMessageOf(apiErrorOf(error), ORG_MESSAGES);
  return message.field === 'form' || fields.includes(message.field) ? message : { ...message, field: 'form' };
}
