// One form of the organisation page: its messages by field (the browser's checks or the API's
// refusal), the first problem focused, the ids and aria attributes tying each control to its
// label, hint and message, and one clientMutationId per request so a resend after a lost answer
// writes once.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { orgErrorOf } from '../utils/orgErrorOf';
import { orgMessages } from '../utils/orgMessages';

export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function useOrgForm(fields: readonly string[]) {
  const { t } = useTranslation();
  const formId = useId();
  const [errors, setErrors] = useState<FormMessage[]>([]);
  const [sending, setSending] = useState(false);
  const pending = useRef<{ request: string; clientMutationId: string } | null>(null);
  const messageOf = orgMessages(errors, t);
  // Namespaced so a field called `title` cannot take the id of the form's heading.
  const inputId = (field: string) => `${formId}-field-${field}`;

  /** Shows the messages (none clears them) and puts the keyboard on the first field named. */
  const show = (found: readonly FormMessage[]) => {
    setErrors([...found]);
    const first = found[0]?.field;
    if (first && first !== 'form') document.getElementById(inputId(first))?.focus();
  };

  /** Sends a checked request; false when the API refused it (its message is then shown). */
  const send = async (
    request: unknown,
    write: (clientMutationId: string) => Promise<unknown>,
    onStale: () => void,
  ): Promise<boolean> => {
    const key = JSON.stringify(request);
    if (pending.current?.request !== key)
      pending.current = { request: key, clientMutationId: newMutationId() };
    setSending(true);
    try {
      await write(pending.current.clientMutationId);
      pending.current = null;
      setErrors([]);
      return true;
    } catch (error) {
      const message = orgErrorOf(error, fields);
      show([message]);
      if (message.reload) onStale();
      return false;
    } finally {
      setSending(false);
    }
  };

  /** Shows what the browser's checks found; with nothing found, sends the request. */
  const sendChecked = async <R>(
    found: readonly FormMessage[],
    request: R,
    write: (request: R, clientMutationId: string) => Promise<unknown>,
    onStale: () => void,
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

  return { formId, inputId, messageOf, show, send, sendChecked, sending, controlProps };
}

export type OrgForm = ReturnType<typeof useOrgForm>;
