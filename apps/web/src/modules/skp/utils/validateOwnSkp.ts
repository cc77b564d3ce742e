// The browser's checks of the official's own SKP forms, with the API's limits: an RHK with its
// text and at least one indicator (text, target, unit), and a realisation with an optional web link.
import type { FieldError } from '../../../ui/form/FieldError';
import type { RealisationDraft, RhkDraft } from '../types/RhkDraft';

export const SKP_TEXT_MAX = 1000;
export const TARGET_MAX = 100;
export const UNIT_MAX = 50;
export const INDICATORS_MAX = 10;

function checkText(found: FieldError[], field: string, value: string, max: number, required = true) {
  const trimmed = value.trim();
  if (required && !trimmed) found.push({ field, key: 'skp.errors.required' });
  else if (trimmed.length > max) found.push({ field, key: 'skp.errors.tooLong', params: { max } });
}

export function validateRhk(draft: RhkDraft): FieldError[] {
  const found: FieldError[] = [];
  checkText(found, 'text', draft.text, SKP_TEXT_MAX);
  if (draft.indicators.length === 0) found.push({ field: 'indicators', key: 'skp.errors.indicatorRequired' });
  if (draft.indicators.length > INDICATORS_MAX)
    found.push({ field: 'indicators', key: 'skp.errors.tooManyIndicators', params: { max: INDICATORS_MAX } });
  draft.indicators.forEach((indicator, index) => {
    checkText(found, `indicators.${index}.text`, indicator.text, SKP_TEXT_MAX);
    checkText(found, `indicators.${index}.target`, indicator.target, TARGET_MAX);
    checkText(found, `indicators.${index}.unit`, indicator.unit, UNIT_MAX);
  });
  return found;
}

/** A web address (http or https) or nothing. */
export function isEvidenceUrl(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return true;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function validateRealisation(draft: RealisationDraft): FieldError[] {
  const found: FieldError[] = [];
  checkText(found, 'realisation', draft.realisation, SKP_TEXT_MAX);
  if (!isEvidenceUrl(draft.evidenceUrl)) found.push({ field: 'evidenceUrl', key: 'skp.errors.evidenceUrl' });
  else checkText(found, 'evidenceUrl', draft.evidenceUrl, SKP_TEXT_MAX, false);
  checkText(found, 'evidenceText', draft.evidenceText, SKP_TEXT_MAX, false);
  return found;
}
