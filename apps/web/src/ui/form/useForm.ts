// One form's state: its messages by field (the browser's checks or the API's refusal), the first
// problem focused, the ids and aria attributes tying each control to its label, hint and message,
// and one clientMutationId per request so a resend after a lost answer writes once.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../app/apollo/newMutationId';
import type { ControlProps } from './ControlProps';
import { fieldMessages } from './fieldMessages';
import type { FormMessage } from './FormMessage';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function useForm({
  errorOf,
  messagesOf = fieldMessages,
  testIdPrefix = 'form',
  focusFirst = true,
}: {
  /** The API's refusal as one of this form's messages. */
  errorOf: (error: unknown) => FormMessage;
  /** Reads the messages by field: a feature's own when it words some first (what is in use). */
  messagesOf?: (errors: readonly FormMessage[], t: Translate) => (field: string) => string | null;
  /** A field's message has the test id `<testIdPrefix>-error-<field>`. */
  testIdPrefix?: string;
  /** Showing messages puts the keyboard on the first field named (the row forms leave it be). */
  focusFirst?: boolean;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [errors, setErrors] = useState<FormMessage[]>([]);
  const [sending, setSending] = useState(false);
  const pending = useRef<{ request: string; clientMutationId: string } | null>(null);
  const messageOf = messagesOf(errors, t);
  // Namespaced so a field called `title` cannot take the id of the form's heading.
  const inputId = (field: string) => `${formId}-field-${field}`;

  /** Puts the keyboard on a field: its control, or the first control inside it (a group of boxes). */
  const focus = (field: string) => {
    const target = document.getElementById(inputId(field));
    const control = target?.matches('input, select, textarea') ? target : target?.querySelector('input');
    control?.focus();
  };

  /** Shows the messages (none clears them) and puts the keyboard on the first field named. */
  const show = (found: readonly FormMessage[]) => {
    setErrors([...found]);
    const first = found[0]?.field;
    if (focusFirst && first && first !== 'form') focus(first);
  };

  /** Runs a write; shows and returns its refusal (`refusalOf` reads it), or null once it is done. */
  const attempt = async (
    write: () => Promise<unknown>,
    refusalOf: (error: unknown) => FormMessage = errorOf,
  ): Promise<FormMessage | null> => {
    setSending(true);
    try {
      await write();
      setErrors([]);
      return null;
    } catch (error) {
      const message = refusalOf(error);
      show([message]);
      return message;
    } finally {
      setSending(false);
    }
  };

  /** Sends a checked request; false when the API refused it (its message is then shown). */
  const send = async (
    request: unknown,
    write: (clientMutationId: string) => Promise<unknown>,
    onStale?: () => void,
  ): Promise<boolean> => {
    const key = JSON.stringify(request);
    if (pending.current?.request !== key)
      pending.current = { request: key, clientMutationId: newMutationId() };
    const { clientMutationId } = pending.current;
    const refusal = await attempt(() => write(clientMutationId));
    if (refusal?.reload) onStale?.();
    else if (!refusal) pending.current = null;
    return !refusal;
  };

  /** Shows what the browser's checks found; with nothing found, sends the request. */
  const sendChecked = async <R>(
    found: readonly FormMessage[],
    request: R,
    write: (request: R, clientMutationId: string) => Promise<unknown>,
    onStale?: () => void,
  ): Promise<boolean> => {
    show(found);
    if (found.length > 0) return false;
    return send(request, (clientMutationId) => write(request, clientMutationId), onStale);
  };

  const controlProps = (field: string, { hint = false } = {}): ControlProps => {
    const describedBy = [
      hint ? `${inputId(field)}-hint` : '',
      messageOf(field) ? `${inputId(field)}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return {
      id: inputId(field),
      name: field,
      'aria-invalid': messageOf(field) ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };

  return {
    formId,
    inputId,
    messageOf,
    testIdPrefix,
    errorTestId: (field: string) => `${testIdPrefix}-error-${field}`,
    show,
    attempt,
    send,
    sendChecked,
    sending,
    controlProps,
  };
}

export type FormState = ReturnType<typeof useForm>;
