// Reads the org page's errors by field, as `fieldMessages` does; an `inUse` refusal first has its
// counts put into words ("2 subunit, 1 jabatan").
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { IN_USE_KEY, inUseItemsOf } from './inUseItemsOf';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function orgMessages(errors: readonly FormMessage[], t: Translate): (field: string) => string | null {
  const worded = errors.map((error) =>
    error.key === IN_USE_KEY
      ? {
          ...error,
          params: {
            items: inUseItemsOf(error.params?.counts).map((item) => t(item.key, { count: item.count })),
          },
        }
      : error,
  );
  return fieldMessages(worded, t);
}
