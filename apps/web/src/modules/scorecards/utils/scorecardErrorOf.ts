// The API's refusal of a scorecard write as a message on the form field it names: rules the
// server reports (unique, cycle, self, sumTo100, …) become catalog keys under `scorecards.errors`.
// An objective that cannot be deleted (`inUse`) keeps its counts for `scorecardMessages` to word.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldError } from '../../../ui/form/FieldError';

const RULE_KEYS: Record<string, string> = {
  unique: 'scorecards.errors.unique',
  cycle: 'scorecards.errors.cycle',
  self: 'scorecards.errors.self',
  sameScorecard: 'scorecards.errors.sameScorecard',
  sumTo100: 'scorecards.errors.sumTo100',
  notFound: 'scorecards.errors.notFound',
  notOwnerAbove: 'scorecards.errors.notOwnerAbove',
  too_small: 'scorecards.errors.invalid',
  too_big: 'scorecards.errors.invalid',
};

/** The parent (cascading) objective's rules: it must exist, sit one level up and not loop back. */
const PARENT_KEYS: Record<string, string> = {
  notFound: 'scorecards.errors.parentNotFound',
  notOwnerAbove: 'scorecards.errors.notOwnerAbove',
  self: 'scorecards.errors.parentSelf',
  cycle: 'scorecards.errors.parentCycle',
};

/** A refused delete of an objective that still has indicators or cascaded objectives. */
export const OBJECTIVE_IN_USE_KEY = 'scorecards.errors.objectiveInUse';
/** The objective edited or deleted is gone (deleted meanwhile): the page reloads its list. */
export const OBJECTIVE_GONE_KEY = 'scorecards.errors.objectiveGone';

function lengthRuleOf(apiField: string, rule: string, params: Record<string, unknown>) {
  if (apiField === 'weight') return { key: 'scorecards.errors.weightRange' };
  if (apiField !== 'code' && apiField !== 'name') return null;
  if (rule === 'too_small') return { key: 'scorecards.errors.required' };
  return typeof params.maximum === 'number'
    ? { key: 'scorecards.errors.tooLong', params: { max: params.maximum } }
    : null;
}

/** `fields` maps an API field (`toObjectiveId`, `weights.0.weight`) to the form's; else `form`. */
export function scorecardErrorOf(error: unknown, fields: (apiField: string) => string | null): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'scorecards.errors.network' };
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code === 'BAD_USER_INPUT') {
    const apiField = String(ext.field ?? 'form');
    const rule = String(ext.rule);
    const params =
      typeof ext.params === 'object' && ext.params !== null ? (ext.params as Record<string, unknown>) : {};
    if (apiField === 'objectiveId')
      return rule === 'inUse'
        ? { field: 'form', key: OBJECTIVE_IN_USE_KEY, params: { counts: params } }
        : { field: 'form', key: OBJECTIVE_GONE_KEY };
    const field = fields(apiField) ?? 'form';
    if (apiField === 'parentObjectiveId')
      return { field, key: PARENT_KEYS[rule] ?? 'scorecards.errors.invalid', params: { field: apiField } };
    const length = rule === 'too_small' || rule === 'too_big' ? lengthRuleOf(apiField, rule, params) : null;
    if (length) return { field, key: length.key, params: { field: apiField, ...length.params } };
    const key = RULE_KEYS[rule] ?? 'scorecards.errors.invalid';
    return { field, key, params: { field: apiField } };
  }
  if (ext.code === 'FORBIDDEN') return { field: 'form', key: 'scorecards.errors.forbidden' };
  if (ext.code === 'NOT_FOUND') return { field: 'form', key: 'scorecards.errors.notFound' };
  return { field: 'form', key: 'scorecards.errors.unknown' };
}
