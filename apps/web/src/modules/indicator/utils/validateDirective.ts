// Checks a directive before it is sent, with the same rules as the API (content 1–4000
// characters after trimming; an optional calendar date, not in the past).
import type { DirectiveDraft, DirectiveFieldError } from '../types/DirectiveDraft';

export const DIRECTIVE_MAX_LENGTH = 4000;

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** `today` is the YYYY-MM-DD date in the tenant's zone. */
export function validateDirective(draft: DirectiveDraft, today: string): DirectiveFieldError[] {
  const errors: DirectiveFieldError[] = [];
  const content = draft.content.trim();
  if (content.length === 0) errors.push({ field: 'content', key: 'directive.errors.contentRequired' });
  else if (content.length > DIRECTIVE_MAX_LENGTH)
    errors.push({
      field: 'content',
      key: 'directive.errors.contentTooLong',
      params: { max: DIRECTIVE_MAX_LENGTH },
    });
  const due = draft.dueDate.trim();
  if (due !== '') {
    if (!isCalendarDate(due)) errors.push({ field: 'dueDate', key: 'directive.errors.dueDateInvalid' });
    else if (due < today) errors.push({ field: 'dueDate', key: 'directive.errors.dueDatePast' });
  }
  return errors;
}
