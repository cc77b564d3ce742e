// The API's refusal of a scorecard write as a message on the form field it names: rules the
// server reports (unique, cycle, self, sumTo100, …) become catalog keys under `scorecards.errors`.
// An objective that cannot be deleted (`inUse`) keeps its counts for `scorecardMessages` to word.
import type { ApiError } from '../../../ui/form/ApiError';
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FieldError } from '../../../ui/form/FieldError';

/** A refused delete of an objective that still has indicators or cascaded objectives. */
export const OBJECTIVE_IN_USE_KEY = 'scorecards.errors.objectiveInUse';
/** The objective edited or deleted is gone (deleted meanwhile): the page reloads its list. */
export const OBJECTIVE_GONE_KEY = 'scorecards.errors.objectiveGone';

/** A code's or name's length: required, or too long with the maximum zod names. */
const LENGTH = {
  too_small: 'scorecards.errors.required',
  too_big: ({ field, params }: ApiError, formField: string) =>
    typeof params.maximum === 'number'
      ? { field: formField, key: 'scorecards.errors.tooLong', params: { field, max: params.maximum } }
      : null,
};

const SCORECARD_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'scorecards.errors.network',
    FORBIDDEN: 'scorecards.errors.forbidden',
    NOT_FOUND: 'scorecards.errors.notFound',
    unknown: 'scorecards.errors.unknown',
  },
  fields: {
    objectiveId: {
      inUse: ({ params }) => ({ field: 'form', key: OBJECTIVE_IN_USE_KEY, params: { counts: params } }),
      '*': { field: 'form', key: OBJECTIVE_GONE_KEY },
    },
    // The parent (cascading) objective must exist, sit one level up and not loop back.
    parentObjectiveId: {
      notFound: 'scorecards.errors.parentNotFound',
      notOwnerAbove: 'scorecards.errors.notOwnerAbove',
      self: 'scorecards.errors.parentSelf',
      cycle: 'scorecards.errors.parentCycle',
      '*': 'scorecards.errors.invalid',
    },
    code: LENGTH,
    name: LENGTH,
    weight: { too_small: 'scorecards.errors.weightRange', too_big: 'scorecards.errors.weightRange' },
    '*': {
      unique: 'scorecards.errors.unique',
      cycle: 'scorecards.errors.cycle',
      self: 'scorecards.errors.self',
      sameScorecard: 'scorecards.errors.sameScorecard',
      sumTo100: 'scorecards.errors.sumTo100',
      notFound: 'scorecards.errors.notFound',
      notOwnerAbove: 'scorecards.errors.notOwnerAbove',
      '*': 'scorecards.errors.invalid',
    },
  },
  namesField: true,
  invalid: 'scorecards.errors.invalid',
};

/** `fields` maps an API field (`toObjectiveId`, `weights.0.weight`) to the form's; else `form`. */
export function scorecardErrorOf(error: unknown, fields: (apiField: string) => string | null): FieldError {
  const fieldOf = (apiField: string) => fields(apiField) ?? 'form';
  return apiMessageOf(apiErrorOf(error), { ...SCORECARD_MESSAGES, fieldOf });
}
