// Picks a feature's message for the API's refusal: by error code, or for a bad input by the field
// it names and the rule it broke; a bad input the feature does not know is "invalid" on the form.
import type { ApiError } from './ApiError';
import type { ApiMessages, SpelledMessage } from './ApiMessages';
import type { FormMessage } from './FormMessage';

function entryOf<T>(table: Partial<Record<string, T>> | undefined, key: string): T | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

function spelled(message: SpelledMessage, field: string): FormMessage {
  return typeof message === 'string' ? { field, key: message } : { field, ...message };
}

export function apiMessageOf(refusal: ApiError, messages: ApiMessages): FormMessage {
  if (refusal.code !== 'BAD_USER_INPUT')
    return spelled(entryOf(messages.codes, refusal.code) ?? messages.codes.unknown, 'form');
  const field = (messages.fieldOf ? messages.fieldOf(refusal.field) : refusal.field) || 'form';
  for (const key of [refusal.field, field, '*']) {
    const rules = entryOf(messages.fields, key);
    const entry = entryOf(rules, refusal.rule) ?? entryOf(rules, '*');
    if (typeof entry === 'function') {
      const message = entry(refusal, field);
      if (message) return message;
    } else if (entry !== undefined) {
      const message = spelled(entry, field);
      const named = messages.namesField && (typeof entry === 'string' || entry.field === undefined);
      return named ? { ...message, params: { field: refusal.field, ...message.params } } : message;
    }
  }
  return { field: 'form', key: messages.invalid, params: { field: refusal.field } };
}
