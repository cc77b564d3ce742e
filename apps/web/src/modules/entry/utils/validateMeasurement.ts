// Checks a value before it is saved, with the API's rules (measurementInputs.ts): a number within
// ±10^12, a note up to 2,000 characters, at most 20 evidence links with an http(s) address and a
// title of 1–200 characters, and a reason (up to 1,000) when a verified value is revised.
import type { FieldError } from '../../../ui/form/FieldError';
import type { EvidenceDraft, MeasurementDraft } from '../types/MeasurementDraft';
import { parseDecimal } from '../../format/parseDecimal';

export const LIMITS = {
  maxAbsValue: 1e12,
  note: 2000,
  reason: 1000,
  evidence: 20,
  url: 2000,
  title: 200,
} as const;

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function evidenceErrors(links: readonly EvidenceDraft[]): FieldError[] {
  const errors: FieldError[] = [];
  if (links.length > LIMITS.evidence)
    errors.push({ field: 'evidence', key: 'entry.errors.evidenceTooMany', params: { max: LIMITS.evidence } });
  links.forEach((link, i) => {
    const url = link.url.trim();
    if (!isWebAddress(url) || url.length > LIMITS.url)
      errors.push({ field: `evidence.${i}.url`, key: 'entry.errors.evidenceUrl' });
    const title = link.title.trim();
    if (title.length === 0) errors.push({ field: `evidence.${i}.title`, key: 'entry.errors.evidenceTitle' });
    else if (title.length > LIMITS.title)
      errors.push({
        field: `evidence.${i}.title`,
        key: 'entry.errors.evidenceTitleTooLong',
        params: { max: LIMITS.title },
      });
  });
  return errors;
}

export function validateMeasurement(
  draft: MeasurementDraft,
  { revisingVerified }: { revisingVerified: boolean },
): { errors: FieldError[]; value: number | null } {
  const errors: FieldError[] = [];
  const value = parseDecimal(draft.value);
  if (draft.value.trim() === '') errors.push({ field: 'value', key: 'entry.errors.valueRequired' });
  else if (value === null) errors.push({ field: 'value', key: 'entry.errors.valueNumber' });
  else if (Math.abs(value) > LIMITS.maxAbsValue)
    errors.push({ field: 'value', key: 'entry.errors.valueRange' });
  if (draft.note.length > LIMITS.note)
    errors.push({ field: 'note', key: 'entry.errors.noteTooLong', params: { max: LIMITS.note } });
  errors.push(...evidenceErrors(draft.evidence));
  const reason = draft.reason.trim();
  if (revisingVerified && reason.length === 0)
    errors.push({ field: 'reason', key: 'entry.errors.reasonRequired' });
  else if (reason.length > LIMITS.reason)
    errors.push({ field: 'reason', key: 'entry.errors.reasonTooLong', params: { max: LIMITS.reason } });
  return { errors, value: errors.length === 0 ? value : null };
}
