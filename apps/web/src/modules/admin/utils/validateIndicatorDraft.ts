// Checks an indicator before it is sent, with the API's rules: code 1–32 characters, name
// 1–300, unit 1–40, a weight above 0 up to 1,000. A new one also needs valid targets, at least
// one of them; a change of an existing one leaves its targets alone (they have their own editor).
import type { CreateIndicatorInput, UpdateIndicatorInput } from '../../../gql/graphql';
import { parseDecimal } from '../../format/parseDecimal';
import type { FieldError } from '../../../ui/form/FieldError';
import { emptyTargets, type IndicatorDraft } from '../types/IndicatorDraft';
import { validateTargets } from './validateTargets';

const LENGTHS = { code: 32, name: 300, unit: 40 } as const;

type Definition = Omit<UpdateIndicatorInput, 'indicatorId' | 'clientMutationId'>;

/** The draft of an existing indicator, for its edit form (weights with a decimal comma). */
export function indicatorDraftOf(
  indicator: Pick<
    IndicatorDraft,
    'code' | 'name' | 'unit' | 'polarity' | 'minimizeFormula' | 'aggregation' | 'frequency'
  > & { weight: number },
  operatorIds: readonly string[],
): IndicatorDraft {
  return {
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    minimizeFormula: indicator.minimizeFormula,
    aggregation: indicator.aggregation,
    frequency: indicator.frequency,
    weight: String(indicator.weight).replace('.', ','),
    targets: emptyTargets(),
    operatorIds: [...operatorIds],
  };
}

function checkDefinition(draft: IndicatorDraft): { errors: FieldError[]; definition: Definition | null } {
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
  if (errors.length > 0 || weight === null) return { errors, definition: null };
  return {
    errors,
    definition: {
      code: draft.code.trim(),
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      polarity: draft.polarity,
      minimizeFormula: draft.polarity === 'MINIMIZE' ? draft.minimizeFormula : null,
      aggregation: draft.aggregation,
      frequency: draft.frequency,
      weight,
      operatorIds: draft.operatorIds,
    },
  };
}

export function validateIndicatorDraft(
  draft: IndicatorDraft,
  objectiveId: string,
): { errors: FieldError[]; input: Omit<CreateIndicatorInput, 'clientMutationId'> | null } {
  const { errors, definition } = checkDefinition(draft);
  const { errors: targetErrors, targets } = validateTargets(draft.polarity, draft.targets);
  errors.push(...targetErrors);
  if (targetErrors.length === 0 && targets.length === 0)
    errors.push({ field: 'targets', key: 'admin.errors.targetsRequired' });
  if (errors.length > 0 || !definition) return { errors, input: null };
  return { errors, input: { objectiveId, ...definition, targets } };
}

export function validateIndicatorUpdate(
  draft: IndicatorDraft,
  indicatorId: string,
): { errors: FieldError[]; input: Omit<UpdateIndicatorInput, 'clientMutationId'> | null } {
  const { errors, definition } = checkDefinition(draft);
  return { errors, input: definition ? { indicatorId, ...definition } : null };
}

/**
 * Whether the change moves scores: the API recomputes every score of the year when polarity,
 * formula, aggregation, frequency or weight change (a formula left out is stored as RATIO_DIFF).
 */
export function changeRecomputes(
  before: Pick<Definition, 'polarity' | 'aggregation' | 'frequency' | 'weight'> & {
    minimizeFormula: string;
  },
  after: Definition,
): boolean {
  return (
    before.polarity !== after.polarity ||
    before.minimizeFormula !== (after.minimizeFormula ?? 'RATIO_DIFF') ||
    before.aggregation !== after.aggregation ||
    before.frequency !== (after.frequency ?? 'MONTHLY') ||
    before.weight !== after.weight
  );
}
