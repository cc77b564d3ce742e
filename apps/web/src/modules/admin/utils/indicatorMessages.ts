// Reads the indicator forms' errors by field, as `fieldMessages` does; an indicator's `inUse`
// refusal first has its counts put into words ("3 data realisasi dan 1 kendala").
import type { FieldError } from '../../../ui/form/FieldError';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { INDICATOR_IN_USE_KEY } from './indicatorErrorOf';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What can hang on an indicator, in the order the message names them. */
const IN_USE_KINDS = ['measurements', 'issues', 'programs', 'activities', 'childIndicators'] as const;

export function indicatorInUseItems(counts: unknown): { key: string; count: number }[] {
  const found = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>) : {};
  return IN_USE_KINDS.flatMap((kind) => {
    const count = found[kind];
    return typeof count === 'number' && count > 0 ? [{ key: `admin.inUse.${kind}`, count }] : [];
  });
}

export function indicatorMessages(
  errors: readonly FieldError[],
  t: Translate,
): (field: string) => string | null {
  const worded = errors.map((error) =>
    error.key === INDICATOR_IN_USE_KEY
      ? {
          ...error,
          params: {
            items: indicatorInUseItems(error.params?.counts).map((item) =>
              t(item.key, { count: item.count }),
            ),
          },
        }
      : error,
  );
  return fieldMessages(worded, t);
}
