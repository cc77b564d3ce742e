// Turns the API's refusal of a save into messages on the fields it names (`extensions.field` and
// `rule`), or a conflict carrying the value someone else saved first.
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import type { FieldError } from '../../../ui/form/FieldError';

export interface SaveConflict {
  currentVersion: number;
  currentValue: number | null;
  currentStatus: string;
}

export type SaveRefusal =
  { kind: 'conflict'; conflict: SaveConflict } | { kind: 'errors'; errors: FieldError[] };

const RULE_KEYS: Record<string, string> = {
  requiredToReviseVerified: 'entry.errors.reasonRequired',
  required: 'entry.errors.reasonRequired',
  too_big: 'entry.errors.valueRange',
  too_small: 'entry.errors.valueRange',
  invalid_type: 'entry.errors.valueNumber',
  invalid_format: 'entry.errors.evidenceUrl',
  outsideScorecardYear: 'entry.errors.year',
};

/** The analysis's refusals by rule (its fields are named `analysis` or `analysis.<part>`). */
const ANALYSIS_RULE_KEYS: Record<string, string> = {
  requiredBelowTarget: 'entry.errors.analysisRequired',
  too_small: 'entry.errors.analysisText',
  too_big: 'entry.errors.analysisTooLong',
  invalid_format: 'entry.errors.analysisDate',
  beforePeriod: 'entry.errors.analysisBeforePeriod',
  valueInReview: 'entry.errors.analysisInReview',
};

export function measurementErrorsOf(error: unknown): SaveRefusal {
  const { code, field, rule, params } = apiErrorOf(error);
  switch (code) {
    case 'NETWORK':
      return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.network' }] };
    case 'CONFLICT':
      return {
        kind: 'conflict',
        conflict: {
          currentVersion: Number(params.currentVersion ?? 0),
          currentValue: typeof params.currentValue === 'number' ? params.currentValue : null,
          currentStatus: String(params.currentStatus ?? 'NONE'),
        },
      };
    case 'BAD_USER_INPUT': {
      const named = field || 'form';
      if (named === 'analysis' || named.startsWith('analysis.'))
        return {
          kind: 'errors',
          errors: [
            {
              field: named,
              key: ANALYSIS_RULE_KEYS[rule] ?? 'entry.errors.invalid',
              params: { field: named, max: 2000, ...params },
            },
          ],
        };
      const key =
        named === 'note'
          ? 'entry.errors.noteTooLong'
          : named.endsWith('.title')
            ? 'entry.errors.evidenceTitle'
            : (RULE_KEYS[rule] ?? 'entry.errors.invalid');
      return { kind: 'errors', errors: [{ field: named, key, params: { field: named, max: 2000 } }] };
    }
    case 'PERIOD_LOCKED':
      return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.locked' }] };
    case 'FORBIDDEN':
      return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.forbidden' }] };
    case 'UNAUTHENTICATED':
      return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.session' }] };
    default:
      return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.unknown' }] };
  }
}
