// Checks an objective before it is sent, with the API's rules: code 1–32 characters, name
// 1–300, a weight above 0 up to 1,000; the parent (cascading) objective is optional. A new one
// also names its perspective; an existing one keeps it.
import type { CreateObjectiveInput, Perspective, UpdateObjectiveInput } from '../../../gql/graphql';
import type { FieldError } from '../../../ui/form/FieldError';
import { parseDecimal } from '../../format/parseDecimal';

export interface ObjectiveDraft {
  perspective: Perspective;
  code: string;
  name: string;
  weight: string;
  /** The objective above it cascades from; '' for none. */
  parentObjectiveId: string;
}

const LENGTHS = { code: 32, name: 300 } as const;

/** The draft of an existing objective, for its edit form (weights with a decimal comma). */
export function objectiveDraftOf(objective: {
  perspective: Perspective;
  code: string;
  name: string;
  weight: number;
  parent?: { id: string } | null;
}): ObjectiveDraft {
  return {
    perspective: objective.perspective,
    code: objective.code,
    name: objective.name,
    weight: String(objective.weight).replace('.', ','),
    parentObjectiveId: objective.parent?.id ?? '',
  };
}

function checkObjectiveDraft(draft: ObjectiveDraft): {
  errors: FieldError[];
  fields: { code: string; name: string; weight: number; parentObjectiveId: string | null } | null;
} {
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
  if (errors.length > 0 || weight === null) return { errors, fields: null };
  return {
    errors,
    fields: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      weight,
      parentObjectiveId: draft.parentObjectiveId || null,
    },
  };
}

export function validateObjectiveDraft(
  draft: ObjectiveDraft,
  scorecardId: string,
): { errors: FieldError[]; input: Omit<CreateObjectiveInput, 'clientMutationId'> | null } {
  const { errors, fields } = checkObjectiveDraft(draft);
  return { errors, input: fields ? { scorecardId, perspective: draft.perspective, ...fields } : null };
}

export function validateObjectiveUpdate(
  draft: ObjectiveDraft,
  objectiveId: string,
): { errors: FieldError[]; input: Omit<UpdateObjectiveInput, 'clientMutationId'> | null } {
  const { errors, fields } = checkObjectiveDraft(draft);
  return { errors, input: fields ? { objectiveId, ...fields } : null };
}
