// The browser's check of an appraisal before it is sent: every rating chosen, texts within limits.
import type { FieldError } from '../../../ui/form/FieldError';
import type { RatingDraft } from '../types/RatingDraft';

export const FEEDBACK_MAX = 2000;
export const ASPECT_FEEDBACK_MAX = 1000;

export function validateRating(draft: RatingDraft): FieldError[] {
  const found: FieldError[] = [];
  if (!draft.hasilKerja) found.push({ field: 'hasilKerja', key: 'skp.errors.ratingRequired' });
  draft.behaviours.forEach((b, index) => {
    if (!b.rating) found.push({ field: `behaviours.${index}.rating`, key: 'skp.errors.ratingRequired' });
    if (b.feedback.length > ASPECT_FEEDBACK_MAX)
      found.push({
        field: `behaviours.${index}.feedback`,
        key: 'skp.errors.tooLong',
        params: { max: ASPECT_FEEDBACK_MAX },
      });
  });
  if (!draft.perilakuKerja) found.push({ field: 'perilakuKerja', key: 'skp.errors.ratingRequired' });
  if (draft.feedback.length > FEEDBACK_MAX)
    found.push({ field: 'feedback', key: 'skp.errors.tooLong', params: { max: FEEDBACK_MAX } });
  return found;
}
