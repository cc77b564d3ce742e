// A refused write on the official's own SKP page as a message on the field the API named.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { tooLongRule } from './skpErrorOf';

export const OWN_SKP_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'skp.errors.network',
    FORBIDDEN: 'skp.errors.ownOnly',
    UNAUTHENTICATED: 'skp.errors.ownOnly',
    unknown: 'skp.errors.saveFailed',
  },
  fields: {
    year: { outsidePlan: 'skp.errors.outsidePlan', unique: 'skp.errors.planExists' },
    parentRhkId: { notSupervisorRhk: 'skp.errors.notSupervisorRhk' },
    rhkId: { notFound: { field: 'form', key: 'skp.errors.rhkGone', reload: true } },
    evidenceUrl: { '*': 'skp.errors.evidenceUrl' },
    indicators: { too_small: 'skp.errors.indicatorRequired' },
    '*': {
      too_small: 'skp.errors.required',
      too_big: tooLongRule,
    },
  },
  invalid: 'skp.errors.invalid',
};

export function ownSkpErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), OWN_SKP_MESSAGES);
}
