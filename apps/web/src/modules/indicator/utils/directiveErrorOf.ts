// Turns a failed createDirective into a message on the field the API named (`extensions.field`),
// or on the form as a whole; the API sends codes and rules, the catalog says it in words.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { DirectiveField, DirectiveFieldError } from '../types/DirectiveDraft';

const FIELD_OF: Record<string, DirectiveField> = { content: 'content', dueDate: 'dueDate' };

export function directiveErrorOf(error: unknown): DirectiveFieldError {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'directive.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  const code = extensions.code;
  if (code === 'BAD_USER_INPUT') {
    const field = FIELD_OF[String(extensions.field ?? '')] ?? 'form';
    const rule = String(extensions.rule ?? 'invalid');
    if (field === 'content')
      return {
        field,
        key: rule === 'too_big' ? 'directive.errors.contentTooLong' : 'directive.errors.contentRequired',
        params: { max: 4000 },
      };
    if (field === 'dueDate') return { field, key: 'directive.errors.dueDateInvalid' };
    return { field, key: 'directive.errors.invalid', params: { field: String(extensions.field ?? '') } };
  }
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED')
    return { field: 'form', key: 'directive.errors.forbidden' };
  if (code === 'RATE_LIMITED') return { field: 'form', key: 'directive.errors.rateLimited' };
  return { field: 'form', key: 'directive.errors.unknown' };
}
