// Which catalog message explains a failed audit query (the API sends codes, never UI sentences).
import { CombinedGraphQLErrors } from '@apollo/client';

export function auditErrorKey(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'audit.errors.forbidden';
    if (code === 'BAD_USER_INPUT') return 'audit.errors.badFilter';
  }
  return 'common.loadFailed';
}
