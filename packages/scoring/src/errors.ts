// The one error type of the scoring package: machine-readable so the web app can translate it.

/**
 * Machine codes of the input rules this package enforces. The API maps them to `BAD_USER_INPUT`
 * with the same `field`, `rule` and `params`, and the web app words them in Bahasa Indonesia.
 */
export type ScoringRule =
  | 'finite'
  | 'nonNegative'
  | 'positive'
  | 'integer'
  | 'range'
  | 'notAllZero'
  | 'bandOrder'
  | 'monthRange'
  | 'targetPositive'
  | 'targetRequired'
  | 'validDate'
  | 'timeZone'
  | 'duplicate'
  | 'unknownNode'
  | 'kind'
  | 'cycle'
  | 'pathOrder'
  | 'skpRating'
  | 'skpOrganisationPredikat';

export type ScoringErrorParams = Readonly<
  Record<string, string | number | boolean | null | readonly number[]>
>;

export class ScoringInputError extends Error {
  override readonly name = 'ScoringInputError';

  constructor(
    /** Path of the offending value, e.g. `indicators[3].weight`. */
    readonly field: string,
    readonly rule: ScoringRule,
    readonly params: ScoringErrorParams = {},
  ) {
    super(`${field}: ${rule}`);
  }
}
