// The values a form holds before it is sent, with a setter, a change handler per field and a
// reset (to the first values, or to the ones given).
import { useState } from 'react';

export function useDraft<T extends object>(initial: T) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof T>(field: K, value: T[K]) =>
    setDraft((current) => ({ ...current, [field]: value }));
  /** Handler for a text control of the field; `transform` adjusts what was typed (e.g. upper case). */
  const edit =
    <K extends keyof T>(field: K, transform: (value: string) => T[K] = (value) => value as T[K]) =>
    (event: { target: { value: string } }) =>
      set(field, transform(event.target.value));
  return { draft, set, edit, reset: (next: T = initial) => setDraft(next) };
}
