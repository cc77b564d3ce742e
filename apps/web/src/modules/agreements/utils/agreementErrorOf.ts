// Turns the API's refusal of a PK draft, amendment or signature into a message for the form
// (by `extensions.field` and `rule`); the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FieldError } from '../../../ui/form/FieldError';

export const A3_MAX_LENGTH = 2000;

const textRules = {
  too_big: { key: 'agreements.errors.textTooLong', params: { max: A3_MAX_LENGTH } },
  too_small: 'agreements.errors.textRequired',
};

const AGREEMENT_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'agreements.errors.network',
    FORBIDDEN: 'agreements.errors.forbidden',
    UNAUTHENTICATED: 'agreements.errors.session',
    unknown: 'agreements.errors.unknown',
  },
  fields: {
    attitude: textRules,
    attention: textRules,
    action: textRules,
    reason: { too_big: 'agreements.errors.reasonTooLong', too_small: 'agreements.errors.reasonRequired' },
    year: {
      outsidePlan: { field: 'form', key: 'agreements.errors.outsidePlan' },
      noScorecard: { field: 'form', key: 'agreements.errors.noScorecard' },
    },
    officialId: {
      noSecondParty: { field: 'form', key: 'agreements.errors.noSecondParty' },
      agreementSigned: { field: 'form', key: 'agreements.errors.agreementSigned' },
    },
    versionId: {
      alreadySigned: { field: 'form', key: 'agreements.errors.alreadySigned' },
      contentOutdated: { field: 'form', key: 'agreements.errors.contentOutdated' },
      notOpenForSigning: { field: 'form', key: 'agreements.errors.notOpen' },
    },
    contentHash: { contentChanged: { field: 'form', key: 'agreements.errors.contentChanged' } },
    agreementId: { notSigned: { field: 'form', key: 'agreements.errors.notOpen' } },
  },
  invalid: 'agreements.errors.invalid',
};

export function agreementErrorOf(error: unknown): FieldError {
  return apiMessageOf(apiErrorOf(error), AGREEMENT_MESSAGES);
}
