// Turns the API's refusal of a save into messages on the fields it names (`extensions.field` and
// `rule`), or a conflict carrying the value someone else saved first.
import { CombinedGraphQLErrors } from '@apollo/client';
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

export function measurementErrorsOf(error: unknown): SaveRefusal {
  if (!CombinedGraphQLErrors.is(error))
    return { kind: 'errors', errors: [{ field: 'form', key: 'entry.errors.network' }] };
  const extensions = error.errors[0]?.extensions ?? {};
  switch (extensions.code) {
    case 'CONFLICT':
      return {
        kind: 'conflict',
        conflict: {
          currentVersion: Number(extensions.currentVersion ?? 0),
          currentValue: typeof extensions.currentValue === 'number' ? extensions.currentValue : null,
          currentStatus: String(extensions.currentStatus ?? 'NONE'),
        },
      };
    case 'BAD_USER_INPUT': {
      const field = String(extensions.field ?? 'form');
      const rule = String(extensions.rule ?? 'invalid');
      const key =
        field === 'note'
          ? 'entry.errors.noteTooLong'
          : field.endsWith('.title')
            ? 'entry.errors.evidenceTitle'
            : (RULE_KEYS[rule] ?? 'entry.errors.invalid');
      return { kind: 'errors', errors: [{ field, key, params: { field, max: 2000 } }] };
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
