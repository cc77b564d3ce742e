// Reads a form's messages by field, as `fieldMessages` does, once the refusal `inUseKey` has its
// counts put into words ("2 subunit dan 1 jabatan"): its `items` parameter.
import type { FieldError } from './FieldError';
import { fieldMessages } from './fieldMessages';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function inUseMessages(
  inUseKey: string,
  itemsOf: (counts: unknown) => { key: string; count: number }[],
): (errors: readonly FieldError[], t: Translate) => (field: string) => string | null {
  return (errors, t) =>
    fieldMessages(
      errors.map((error) =>
        error.key === inUseKey
          ? {
              ...error,
              params: {
                items: itemsOf(error.params?.counts).map((item) => t(item.key, { count: item.count })),
              },
            }
          : error,
      ),
      t,
    );
}
