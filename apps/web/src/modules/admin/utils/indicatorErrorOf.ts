// The API's refusal of an indicator write as messages on the form's fields (targets by month).
// An indicator that cannot be deleted (`inUse`) keeps its counts for `indicatorMessages` to word.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { TargetInput } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/form/FieldError';
import { monthField } from './validateTargets';

const RULE_KEYS: Record<string, string> = {
  positive: 'admin.errors.targetPositive',
  nonNegative: 'admin.errors.targetNonNegative',
  notBelowLow: 'admin.errors.highBelowLow',
  notOperatorInScope: 'admin.errors.operator',
  notOperator: 'admin.errors.operator',
  targetsMismatch: 'admin.errors.targetsMismatch',
};

/** A refused delete of an indicator that already has reports, issues, programs or cascades. */
export const INDICATOR_IN_USE_KEY = 'admin.errors.indicatorInUse';
/** The indicator changed or deleted is gone (deleted meanwhile): the page reloads its list. */
export const INDICATOR_GONE_KEY = 'admin.errors.indicatorGone';

const REQUIRED_KEYS: Record<string, string> = {
  code: 'admin.errors.codeRequired',
  name: 'admin.errors.nameRequired',
  unit: 'admin.errors.unitRequired',
};

/** zod's length and range rules (`too_small`, `too_big`) on the identity fields and the weight. */
function limitOf(field: string, rule: string, params: Record<string, unknown>) {
  if (field === 'weight') return { key: 'admin.errors.weight' };
  if (!(field in REQUIRED_KEYS)) return null;
  if (rule === 'too_small') return { key: REQUIRED_KEYS[field]! };
  return typeof params.maximum === 'number'
    ? { key: 'admin.errors.tooLong', params: { max: params.maximum } }
    : null;
}

export function indicatorErrorOf(error: unknown, sent: readonly TargetInput[]): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'admin.errors.network' };
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code === 'BAD_USER_INPUT') {
    const apiField = String(ext.field ?? 'form');
    const rule = String(ext.rule);
    const params =
      typeof ext.params === 'object' && ext.params !== null ? (ext.params as Record<string, unknown>) : {};
    if (apiField === 'indicatorId')
      return rule === 'inUse'
        ? { field: 'form', key: INDICATOR_IN_USE_KEY, params: { counts: params } }
        : { field: 'form', key: INDICATOR_GONE_KEY };
    if (apiField.startsWith('operatorIds'))
      return {
        field: 'operatorIds',
        key:
          rule === 'notFound' ? 'admin.errors.operatorNotFound' : (RULE_KEYS[rule] ?? 'admin.errors.invalid'),
        params: { field: apiField },
      };
    const field = monthField(apiField, sent);
    const limit = rule === 'too_small' || rule === 'too_big' ? limitOf(field, rule, params) : null;
    if (limit) return { field, key: limit.key, params: { field: apiField, ...limit.params } };
    const key =
      field === 'code' && rule === 'unique'
        ? 'admin.errors.codeTaken'
        : (RULE_KEYS[rule] ?? 'admin.errors.invalid');
    return { field, key, params: { field: apiField } };
  }
  if (ext.code === 'FORBIDDEN') return { field: 'form', key: 'admin.errors.forbidden' };
  if (ext.code === 'NOT_FOUND') return { field: 'form', key: INDICATOR_GONE_KEY };
  return { field: 'form', key: 'admin.errors.unknown' };
}
