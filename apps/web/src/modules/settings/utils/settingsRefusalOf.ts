// The API's refusal of a settings form: a rule broken on one of the form's own fields is said
// there; anything else (forbidden, offline, unexpected) on the whole form.
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import type { FieldError } from '../../../ui/form/FieldError';

export function settingsRefusalOf(error: unknown, ownsField: (field: string) => boolean): FieldError {
  const { code, field, rule, params } = apiErrorOf(error);
  if (code === 'NETWORK') return { field: 'form', key: 'settings.errors.network' };
  if (code === 'BAD_USER_INPUT' && ownsField(field)) return { field, key: `settings.rules.${rule}`, params };
  if (code === 'FORBIDDEN') return { field: 'form', key: 'settings.errors.forbidden' };
  return { field: 'form', key: 'settings.errors.unknown' };
}
