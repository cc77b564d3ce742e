// Reads whatever a request threw as the API's refusal: the first GraphQL error's code, field,
// rule and parameters, or NETWORK when no GraphQL answer came (offline, a proxy's error page).
import { CombinedGraphQLErrors } from '@apollo/client';
import type { ApiError } from './ApiError';

const recordOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

export function apiErrorOf(error: unknown): ApiError {
  if (!CombinedGraphQLErrors.is(error)) return { code: 'NETWORK', field: '', rule: 'invalid', params: {} };
  const { code, field, rule, params, ...others } = recordOf(error.errors[0]?.extensions);
  return {
    code: String(code ?? ''),
    field: String(field ?? ''),
    rule: String(rule ?? 'invalid'),
    params: code === 'BAD_USER_INPUT' ? recordOf(params) : others,
  };
}
