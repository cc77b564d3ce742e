// Checks a new objective before it is sent, with the API's rules: code 1–32 characters, name
// 1–300, a weight above 0 up to 1,000.
import type { CreateObjectiveInput, Perspective } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/FieldError';
import { parseDecimal } from '../../format/parseDecimal';

export interface ObjectiveDraft {
  perspective: Perspective;
  code: string;
  name: string;
  weight: string;
}

const LENGTHS = { code: 32, name: 300 } as const;

export function validateObjectiveDraft(
  draft: ObjectiveDraft,
  scorecardId: string,
): { errors: FieldError[]; input: Omit<CreateObjectiveInput, 'clientMutationId'> | null } {
  const errors: FieldError[] = [];
  for (const field of ['code', 'name'] as const) {
    const text = draft[field].trim();
    if (text === '') errors.push({ field, key: 'scorecards.errors.required' });
    else if (text.length > LENGTHS[field])
      errors.push({ field, key: 'scorecards.errors.tooLong', params: { max: LENGTHS[field] } });
  }
  const weight = parseDecimal(draft.weight);
  if (weight === null) errors.push({ field: 'weight', key: 'scorecards.errors.number' });
  else if (weight <= 0 || weight > 1000)
    errors.push({ field: 'weight', key: 'scorecards.errors.weightRange' });
  if (errors.length > 0 || weight === null) return { errors, input: null };
  return {
    errors,
    input: {
      scorecardId,
      perspective: draft.perspective,
      code: draft.code.trim(),
      name: draft.name.trim(),
      weight,
    },
  };
}
