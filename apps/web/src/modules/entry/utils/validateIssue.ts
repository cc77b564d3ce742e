// A reported problem needs a title (up to 200 characters) and a description (up to 4,000): the
// API's rules, checked before sending.
import type { FieldError } from '../../../ui/form/FieldError';

export function validateIssue(title: string, description: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!title.trim()) errors.push({ field: 'title', key: 'entry.issue.titleRequired' });
  else if (title.trim().length > 200)
    errors.push({ field: 'title', key: 'entry.issue.titleTooLong', params: { max: 200 } });
  if (!description.trim()) errors.push({ field: 'description', key: 'entry.issue.descriptionRequired' });
  else if (description.trim().length > 4000)
    errors.push({ field: 'description', key: 'entry.issue.descriptionTooLong', params: { max: 4000 } });
  return errors;
}
