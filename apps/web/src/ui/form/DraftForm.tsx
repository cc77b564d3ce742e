// A form over a draft that writes one thing: checked here with the API's rules (problems, the
// API's too, sit next to their field), sent with one clientMutationId per request, and emptied
// once saved when it adds things.
import type { ComponentProps, ReactNode } from 'react';
import { FormFrame } from './FormFrame';
import type { FormMessage } from './FormMessage';
import { useBoundDraft } from './useBoundDraft';
import { useForm, type FormState } from './useForm';

type DraftState<D extends object> = Omit<ReturnType<typeof useBoundDraft<D>>, 'reset'>;

export type DraftFormProps<D extends object, F, R> = Parameters<typeof useForm>[0] & {
  /** The catalog's section whose `<field>` key labels each field. */
  labels: string;
  empty: D;
  /** What is changed; a form that adds starts from `empty`. */
  initial?: D;
  check: (draft: D) => readonly FormMessage[];
  /** What is sent: the draft trimmed and typed. */
  fieldsOf: (draft: D) => F;
  /** Once saved, start from `empty` again, or from what the function keeps of the draft. */
  clearAfterSave?: boolean | ((draft: D) => D);
  submitLabel: string;
  /** The submit button's words while the request runs. */
  sendingLabel?: string;
  /** Writes the checked fields; throws the API's refusal. */
  onSave: (fields: F, clientMutationId: string) => Promise<R>;
  /** After a save, with what was sent and what the write answered. */
  onSaved?: (fields: F, saved: R) => void;
  /** The API says what the page shows is stale. */
  onStale?: () => void;
  children: (draft: { form: FormState } & DraftState<D>) => ReactNode;
} & Omit<ComponentProps<typeof FormFrame>, 'form' | 'submitLabel' | 'onSubmit' | 'children'>;

export function DraftForm<D extends object, F, R>({
  errorOf,
  messagesOf,
  testIdPrefix,
  labels,
  empty,
  initial = empty,
  check,
  fieldsOf,
  clearAfterSave = false,
  submitLabel,
  sendingLabel = submitLabel,
  onSave,
  onSaved,
  onStale,
  children,
  ...frame
}: DraftFormProps<D, F, R>) {
  const form = useForm({ errorOf, messagesOf, testIdPrefix });
  const { reset, ...drafted } = useBoundDraft(form, initial, labels);

  const submit = async () => {
    const sent = fieldsOf(drafted.draft);
    const answer: { saved?: R } = {};
    const write = async (fields: F, clientMutationId: string) => {
      answer.saved = await onSave(fields, clientMutationId);
    };
    if (!(await form.sendChecked(check(drafted.draft), sent, write, onStale))) return;
    if (clearAfterSave) reset(clearAfterSave === true ? empty : clearAfterSave(drafted.draft));
    onSaved?.(sent, answer.saved as R);
  };

  return (
    <FormFrame
      {...frame}
      form={form}
      submitLabel={form.sending ? sendingLabel : submitLabel}
      onSubmit={submit}
    >
      {children({ form, ...drafted })}
    </FormFrame>
  );
}
