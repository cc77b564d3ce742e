// The API's refusal of a request as the web app reads it: the error code (NETWORK when no answer
// came), the input field and the rule a bad input names, and the refusal's parameters.
export interface ApiError {
  /** BAD_USER_INPUT, CONFLICT, NOT_FOUND, FORBIDDEN, …; NETWORK when no GraphQL answer came. */
  code: string;
  /** The input field the API names (`code`, `weights.1.weight`, `items.2`); '' when it names none. */
  field: string;
  /** The rule a bad input broke (`unique`, `too_big`, `inUse`, …); 'invalid' when it names none. */
  rule: string;
  /**
   * A bad input's parameters (zod's `maximum`, the counts of an `inUse`); for any other code the
   * error's other extensions (a conflict's current version, a rate limit's wait).
   */
  params: Record<string, unknown>;
}
