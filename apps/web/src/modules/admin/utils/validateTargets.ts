// Reads the twelve month cells into targets with the API's rules: a number in every filled cell,
// a positive target for MAXIMIZE, not negative for MINIMIZE, low ≤ high for STABILIZE. Errors are
// keyed by month (`targets.m3.value`), which is what the form shows them on.
import type { Polarity, TargetInput } from '../../../gql/graphql';
import { parseDecimal } from '../../format/parseDecimal';
import type { FieldError } from '../../../ui/form/FieldError';
import type { TargetDraft } from '../types/IndicatorDraft';

export function validateTargets(
  polarity: Polarity,
  cells: readonly TargetDraft[],
): { errors: FieldError[]; targets: TargetInput[] } {
  const errors: FieldError[] = [];
  const targets: TargetInput[] = [];
  cells.forEach((cell, i) => {
    const month = i + 1;
    const read = (key: keyof TargetDraft) => {
      const text = cell[key].trim();
      if (text === '') return undefined;
      const value = parseDecimal(text);
      if (value === null) errors.push({ field: `targets.m${month}.${key}`, key: 'admin.errors.number' });
      return value;
    };
    if (polarity === 'STABILIZE') {
      const low = read('low');
      const high = read('high');
      if (low === undefined && high === undefined) return;
      if (low === undefined) errors.push({ field: `targets.m${month}.low`, key: 'admin.errors.lowRequired' });
      else if (high === undefined)
        errors.push({ field: `targets.m${month}.high`, key: 'admin.errors.highRequired' });
      else if (low !== null && high !== null) {
        if (low > high) errors.push({ field: `targets.m${month}.high`, key: 'admin.errors.highBelowLow' });
        else targets.push({ month, low, high });
      }
      return;
    }
    const value = read('value');
    if (value === undefined || value === null) return;
    if (polarity === 'MAXIMIZE' && value <= 0)
      errors.push({ field: `targets.m${month}.value`, key: 'admin.errors.targetPositive' });
    else if (polarity === 'MINIMIZE' && value < 0)
      errors.push({ field: `targets.m${month}.value`, key: 'admin.errors.targetNonNegative' });
    else targets.push({ month, value });
  });
  return { errors, targets };
}

/** The API names a target by its index in the sent list; the form by its month. */
export function monthField(field: string, sent: readonly TargetInput[]): string {
  const match = /^targets\.(\d+)\.(\w+)$/.exec(field);
  if (!match) return field;
  const target = sent[Number(match[1])];
  return target ? `targets.m${target.month}.${match[2]}` : field;
}
