// Reads the scorecard forms' errors by field, as `fieldMessages` does; an objective's `inUse`
// refusal first has its counts put into words ("2 indikator dan 1 sasaran turunan").
import type { FieldError } from '../../../ui/form/FieldError';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { OBJECTIVE_IN_USE_KEY } from './scorecardErrorOf';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What can still hang on an objective, in the order the message names them. */
const IN_USE_KINDS = ['indicators', 'childObjectives'] as const;

export function objectiveInUseItems(counts: unknown): { key: string; count: number }[] {
  const found = typeof counts === 'object' && counts !== null ? (counts as Record<string, unknown>) : {};
  return IN_USE_KINDS.flatMap((kind) => {
    const count = found[kind];
    return typeof count === 'number' && count > 0 ? [{ key: `scorecards.inUse.${kind}`, count }] : [];
  });
}

export function scorecardMessages(
  errors: readonly FieldError[],
  t: Translate,
): (field: string) => string | null {
  const worded = errors.map((error) =>
    error.key === OBJECTIVE_IN_USE_KEY
      ? {
          ...error,
          params: {
            items: objectiveInUseItems(error.params?.counts).map((item) =>
              t(item.key, { count: item.count }),
            ),
          },
        }
      : error,
  );
  return fieldMessages(worded, t);
}
