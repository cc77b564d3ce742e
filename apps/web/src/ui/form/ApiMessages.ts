// What a feature says to each refusal of the API: a catalog key by error code and, for a bad
// input, by the field it names and the rule it broke. `apiMessageOf` reads the table.
import type { ApiError } from './ApiError';
import type { FormMessage } from './FormMessage';

/** A catalog key, or the message spelled out: `field` says it elsewhere than where it was found. */
export type SpelledMessage = string | (Omit<FormMessage, 'field'> & { field?: string });

/**
 * A bad input's message: spelled out, or worked out from the refusal (its counts, its limit) on
 * `field`, the form's field; a function may return null to leave the refusal to the next table.
 */
export type RuleMessage = SpelledMessage | ((refusal: ApiError, field: string) => FormMessage | null);

export interface ApiMessages {
  /** By error code, said on the form: NETWORK (no answer came) and `unknown` (any other) are required. */
  codes: { NETWORK: SpelledMessage; unknown: SpelledMessage } & Partial<Record<string, SpelledMessage>>;
  /**
   * A bad input by field (the API's, then the form's), then by rule; `*` is any rule, and the
   * field `*` holds the rules any field may break.
   */
  fields: Partial<Record<string, Partial<Record<string, RuleMessage>>>>;
  /** The form's field for the API's when they differ (a list's item, a month's target). */
  fieldOf?: (apiField: string) => string;
  /** A message found for a field also names the API's field (`params.field`) for the catalog. */
  namesField?: boolean;
  /** A bad input no table settles: said on the form, naming the API's field. */
  invalid: string;
}
