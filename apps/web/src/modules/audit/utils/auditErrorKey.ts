// Which catalog message explains a failed audit query (the API sends codes, never UI sentences).
import { apiErrorOf } from '../../../ui/form/apiErrorOf';

export function auditErrorKey(error: unknown): string {
  const { code } = apiErrorOf(error);
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return 'audit.errors.forbidden';
  if (code === 'BAD_USER_INPUT') return 'audit.errors.badFilter';
  return 'common.loadFailed';
}
