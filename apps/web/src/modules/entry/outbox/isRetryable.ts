// Which failures are the network's (retry later with the same clientMutationId) and which are the
// API's answer (show it; a retry would get the same answer).
import { CombinedGraphQLErrors } from '@apollo/client';

export function isRetryable(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) return true;
  return error.errors.some((e) => e.extensions?.code === 'RATE_LIMITED');
}
