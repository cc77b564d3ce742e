// Checks a new indicator before it is sent, with the API's rules: code 1–32 characters, name
// 1–300, unit 1–40, a weight above 0 up to 1,000, valid targets and at least one of them.
import type { CreateIndicatorInput } from '../../../gql/graphql';
import { parseDecimal } from '../../format/parseDecimal';
import type { FieldError } from '../../../ui/FieldError';
import type { IndicatorDraft } from '../types/IndicatorDraft';
import { validateTargets } from './validateTargets';

const LENGTHS = { code: 32, name: 300, unit: 40 } as const;

export function validateIndicatorDraft(
  draft: IndicatorDraft,
  objectiveId: string,
): { errors: FieldError[]; input: Omit<CreateIndicatorInput, 'clientMutationId'> | null } {
  const errors: FieldError[] = [];
  for (const field of ['code', 'name', 'unit'] as const) {
    const text = draft[field].trim();
    if (text === '') errors.push({ field, key: `admin.errors.${field}Required` });
    else if (text.length > LENGTHS[field])
      errors.push({ field, key: 'admin.errors.tooLong', params: { max: LENGTHS[field] } });
  }
  const weight = parseDecimal(draft.weight);
  if (weight === null || weight <= 0 || weight > 1000)
    errors.push({ field: 'weight', key: 'admin.errors.weight' });
  const { errors: targetErrors, targets } = validateTargets(draft.polarity, draft.targets);
  errors.push(...targetErrors);
  if (targetErrors.length === 0 && targets.length === 0)
    errors.push({ field: 'targets', key: 'admin.errors.targetsRequired' });
  if (errors.length > 0 || weight === null) return { errors, input: null };
  return {
    errors,
    input: {
      objectiveId,
      code: draft.code.trim(),
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      polarity: draft.polarity,
      minimizeFormula: draft.polarity === 'MINIMIZE' ? draft.minimizeFormula : null,
      aggregation: draft.aggregation,
      frequency: draft.frequency,
      weight,
      targets,
      operatorIds: draft.operatorIds,
    },
  };
}
