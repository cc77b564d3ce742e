// The API's refusal of a scorecard write as a message on the form field it names: rules the
// server reports (unique, cycle, self, sumTo100, …) become catalog keys under `scorecards.errors`.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FieldError } from '../../../ui/FieldError';

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

/** `fields` maps an API field (`toObjectiveId`, `weights.0.weight`) to the form's; else `form`. */
export function scorecardErrorOf(error: unknown, fields: (apiField: string) => string | null): FieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'scorecards.errors.network' };
  const ext = error.errors[0]?.extensions ?? {};
  if (ext.code === 'BAD_USER_INPUT') {
    const apiField = String(ext.field ?? 'form');
    const rule = String(ext.rule);
    const key = RULE_KEYS[rule] ?? 'scorecards.errors.invalid';
    return { field: fields(apiField) ?? 'form', key, params: { field: apiField } };
  }
  if (ext.code === 'FORBIDDEN') return { field: 'form', key: 'scorecards.errors.forbidden' };
  return { field: 'form', key: 'scorecards.errors.unknown' };
}
