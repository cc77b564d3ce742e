// The API's refusal of an indicator write as messages on the form's fields (targets by month).
import { CombinedGraphQLErrors } from '@apollo/client';
import type { TargetInput } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/FieldError';
import { monthField } from './validateTargets';

const RULE_KEYS: Record<string, string> = {
  positive: 'admin.errors.targetPositive',
  nonNegative: 'admin.errors.targetNonNegative',
  notBelowLow: 'admin.errors.highBelowLow',
  notOperatorInScope: 'admin.errors.operator',
};

export function indicatorErrorOf(error: unknown, sent: readonly TargetInput[]): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'admin.errors.network' };
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code === 'BAD_USER_INPUT') {
    const apiField = String(ext.field ?? 'form');
    const field = apiField.startsWith('operatorIds') ? 'operatorIds' : monthField(apiField, sent);
    const rule = String(ext.rule);
    const key =
      field === 'code' && rule === 'unique'
        ? 'admin.errors.codeTaken'
        : (RULE_KEYS[rule] ?? 'admin.errors.invalid');
    return { field, key, params: { field: apiField } };
  }
  if (ext.code === 'FORBIDDEN') return { field: 'form', key: 'admin.errors.forbidden' };
  return { field: 'form', key: 'admin.errors.unknown' };
}
