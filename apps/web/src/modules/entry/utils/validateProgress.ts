// Checks a sub-activity's month before it is saved, with the API's rules: whole Rupiah spent
// (not negative, at most 18 digits), cumulative physical progress 0–100 %, a note up to 2,000
// characters, and a correction reason (up to 1,000) when the API asked for one.
import type { FieldError } from '../../../ui/form/FieldError';
import { parseDecimal, parseRupiah } from '../../format/parseDecimal';
import { LIMITS } from './validateMeasurement';

export interface ProgressDraft {
  realisedSpend: string;
  realisedPhysical: string;
  note: string;
  correctionReason: string;
}

export interface ProgressValues {
  realisedSpend: string;
  realisedPhysical: number;
}

export function validateProgress(
  draft: ProgressDraft,
  { needsReason }: { needsReason: boolean },
): { errors: FieldError[]; values: ProgressValues | null } {
  const errors: FieldError[] = [];
  const spend = parseRupiah(draft.realisedSpend);
  if (draft.realisedSpend.trim() === '')
    errors.push({ field: 'realisedSpend', key: 'entry.errors.spendRequired' });
  else if (spend === null) errors.push({ field: 'realisedSpend', key: 'entry.errors.spendWhole' });
  const physical = parseDecimal(draft.realisedPhysical);
  if (draft.realisedPhysical.trim() === '')
    errors.push({ field: 'realisedPhysical', key: 'entry.errors.physicalRequired' });
  else if (physical === null || physical < 0 || physical > 100)
    errors.push({ field: 'realisedPhysical', key: 'entry.errors.physicalRange' });
  if (draft.note.length > LIMITS.note)
    errors.push({ field: 'note', key: 'entry.errors.noteTooLong', params: { max: LIMITS.note } });
  const reason = draft.correctionReason.trim();
  if (needsReason && reason.length === 0)
    errors.push({ field: 'correctionReason', key: 'entry.errors.correctionRequired' });
  else if (reason.length > LIMITS.reason)
    errors.push({
      field: 'correctionReason',
      key: 'entry.errors.reasonTooLong',
      params: { max: LIMITS.reason },
    });
  if (errors.length > 0 || spend === null || physical === null) return { errors, values: null };
  return { errors, values: { realisedSpend: spend, realisedPhysical: physical } };
}
