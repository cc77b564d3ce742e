// The API's refusal of an indicator write as messages on the form's fields (targets by month).
// An indicator that cannot be deleted (`inUse`) keeps its counts for `indicatorMessages` to word.
import type { TargetInput } from '../../../gql/graphql';
import type { ApiError } from '../../../ui/form/ApiError';
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FieldError } from '../../../ui/form/FieldError';
import { monthField } from './validateTargets';

/** A refused delete of an indicator that already has reports, issues, programs or cascades. */
export const INDICATOR_IN_USE_KEY = 'admin.errors.indicatorInUse';
/** The indicator changed or deleted is gone (deleted meanwhile): the page reloads its list. */
export const INDICATOR_GONE_KEY = 'admin.errors.indicatorGone';

/** zod's length limit on an identity field, with the maximum it names (else merely invalid). */
function tooLong({ field, params }: ApiError, formField: string) {
  if (typeof params.maximum !== 'number') return null;
  return { field: formField, key: 'admin.errors.tooLong', params: { field, max: params.maximum } };
}

const INDICATOR_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'admin.errors.network',
    FORBIDDEN: 'admin.errors.forbidden',
    NOT_FOUND: INDICATOR_GONE_KEY,
    unknown: 'admin.errors.unknown',
  },
  fields: {
    indicatorId: {
      inUse: ({ params }) => ({ field: 'form', key: INDICATOR_IN_USE_KEY, params: { counts: params } }),
      '*': { field: 'form', key: INDICATOR_GONE_KEY },
    },
    operatorIds: { notFound: 'admin.errors.operatorNotFound' },
    // A signed Perjanjian Kinerja holds the scorecard's targets: the message names its official and year.
    targets: {
      agreementSigned: ({ params }) => ({ field: 'form', key: 'admin.errors.agreementSigned', params }),
    },
    code: { unique: 'admin.errors.codeTaken', too_small: 'admin.errors.codeRequired', too_big: tooLong },
    name: { too_small: 'admin.errors.nameRequired', too_big: tooLong },
    unit: { too_small: 'admin.errors.unitRequired', too_big: tooLong },
    weight: { too_small: 'admin.errors.weight', too_big: 'admin.errors.weight' },
    '*': {
      positive: 'admin.errors.targetPositive',
      nonNegative: 'admin.errors.targetNonNegative',
      notBelowLow: 'admin.errors.highBelowLow',
      notOperatorInScope: 'admin.errors.operator',
      notOperator: 'admin.errors.operator',
      targetsMismatch: 'admin.errors.targetsMismatch',
      '*': 'admin.errors.invalid',
    },
  },
  namesField: true,
  invalid: 'admin.errors.invalid',
};

/** `sent`: the targets of the request, which the API names by their index. */
export function indicatorErrorOf(error: unknown, sent: readonly TargetInput[]): FieldError {
  const fieldOf = (apiField: string) =>
    apiField.startsWith('operatorIds') ? 'operatorIds' : monthField(apiField, sent);
  return apiMessageOf(apiErrorOf(error), { ...INDICATOR_MESSAGES, fieldOf });
}
