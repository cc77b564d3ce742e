// A form of the organisation page over a draft: checked here with the API's rules (problems, the
// API's too, sit next to their field), sent with one clientMutationId per request, and emptied
// once saved when it adds things.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../ui/form/FormFrame';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { useDraft } from '../../../ui/form/useDraft';
import type { FormState } from '../../../ui/form/useForm';
import { useOrgForm } from '../hooks/useOrgForm';

/** What the page gives such a form: its texts, what it starts from, where it is written. */
export interface OrgDraftFormProps<D, F> {
  /** Without a title the form is named by what surrounds it. */
  title?: string;
  /** A line under the heading, e.g. what is added where. */
  intro?: string;
  submitLabel: string;
  testId: string;
  /** What is changed; a form that adds starts empty. */
  initial?: D;
  /** A form that adds starts empty again once it has saved. */
  clearAfterSave?: boolean;
  /** Writes the checked fields; throws the API's refusal. */
  onSave: (fields: F, clientMutationId: string) => Promise<unknown>;
  onCancel?: () => void;
  onStale: () => void;
}

export function OrgDraftForm<D extends object, F>({
  fields,
  empty,
  initial = empty,
  check,
  fieldsOf,
  clearAfterSave = false,
  headingLevel,
  problemTestId,
  onSave,
  onSaved,
  onCancel,
  onStale,
  children,
  ...frame
}: OrgDraftFormProps<D, F> & {
  /** The form's fields: the API's refusal of another one is said on the form. */
  fields: readonly string[];
  empty: D;
  check: (draft: D) => readonly FormMessage[];
  /** What is sent: the draft trimmed and typed. */
  fieldsOf: (draft: D) => F;
  clearAfterSave?: boolean;
  headingLevel: 3 | 4 | 5;
  problemTestId?: string;
  /** After a save, with what was sent. */
  onSaved?: (fields: F) => void;
  children: (draft: { form: FormState } & Omit<ReturnType<typeof useDraft<D>>, 'reset'>) => ReactNode;
}) {
  const { t } = useTranslation();
  const form = useOrgForm(fields);
  const { reset, ...drafted } = useDraft(initial);

  const submit = async () => {
    const sent = fieldsOf(drafted.draft);
    if (!(await form.sendChecked(check(drafted.draft), sent, onSave, onStale))) return;
    if (clearAfterSave) reset();
    onSaved?.(sent);
  };

  return (
    <FormFrame
      {...frame}
      form={form}
      problemTestId={problemTestId}
      headingLevel={headingLevel}
      cancelLabel={t('org.cancel')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="grid gap-3 md:grid-cols-2">{children({ form, ...drafted })}</div>
    </FormFrame>
  );
}
