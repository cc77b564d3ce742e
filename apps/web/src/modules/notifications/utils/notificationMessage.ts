// The catalog key and values of a notification's text, from its kind and params: the server sends
// no sentences. Periods and dates are formatted for the reader's language; counts stay numbers so
// the catalog can pluralise.
import { formatDate } from '../../format/formatDate';
import { formatMonth } from '../../format/formatMonth';
import { formatPercent } from '../../format/formatPercent';

export interface NotificationMessage {
  /** The kind's sentence, then a neutral one for a kind this build does not know yet. */
  keys: [string, string];
  values: Record<string, string | number>;
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function notificationMessage(kind: string, params: unknown, locale: string): NotificationMessage {
  const p = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  const month = count(p.month);
  const period = month >= 1 && month <= 12 ? `${formatMonth(month, locale)} ${text(p.year)}` : text(p.year);
  return {
    keys: [`notifications.kind.${kind}`, 'notifications.kind.unknown'],
    values: {
      period,
      count: count(p.missing ?? p.count),
      dueDate: typeof p.dueDate === 'string' ? formatDate(p.dueDate, { locale }) : '',
      indicator: text(p.indicator),
      reason: text(p.reason),
      content: text(p.content),
      issue: text(p.issue),
      score: typeof p.score === 'number' ? formatPercent(p.score, 2, locale) : '—',
      // i18next's context: a kind may word itself differently when no due date was set.
      ...(typeof p.dueDate === 'string' ? {} : { context: 'noDueDate' }),
    },
  };
}
