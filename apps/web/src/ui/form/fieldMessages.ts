// Reads a form's errors by field: the catalog's message for the first error on it, or null.
import type { FieldError } from './FieldError';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function fieldMessages(errors: readonly FieldError[], t: Translate): (field: string) => string | null {
  return (field) => {
    const error = errors.find((e) => e.field === field);
    return error ? t(error.key, error.params) : null;
  };
}
