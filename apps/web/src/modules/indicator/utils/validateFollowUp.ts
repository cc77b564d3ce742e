// A follow-up needs what was done (1–4,000 characters after trimming, the API's rule) and may
// carry a due date, not in the past.
import type { FieldError } from '../../../ui/form/FieldError';

export interface FollowUpDraft {
  description: string;
  dueDate: string;
}

export function validateFollowUp(draft: FollowUpDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const description = draft.description.trim();
  if (description === '') errors.push({ field: 'description', key: 'indicator.followUps.errors.required' });
  else if (description.length > 4000)
    errors.push({ field: 'description', key: 'indicator.followUps.errors.tooLong', params: { max: 4000 } });
  if (draft.dueDate && draft.dueDate < today)
    errors.push({ field: 'dueDate', key: 'indicator.followUps.errors.past' });
  return errors;
}
