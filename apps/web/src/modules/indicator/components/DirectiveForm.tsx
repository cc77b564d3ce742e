// A leader's directive (arahan) on the indicator: content and an optional due date; the
// indicator's PIC is named as the one to act. Errors appear next to their field, in the
// catalog's words, whether found here or by the API (`extensions.field`).
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { FieldError } from '../../../ui/form/FieldError';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { Notice } from '../../../ui/Notice';
import { CreateDirectiveDocument } from '../graphql/createDirectiveMutation.generated';
import type { DirectiveDraft } from '../types/DirectiveDraft';
import { directiveErrorOf } from '../utils/directiveErrorOf';
import { DIRECTIVE_MAX_LENGTH, validateDirective } from '../utils/validateDirective';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

function todayInZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

const EMPTY: DirectiveDraft = { content: '', dueDate: '' };

export function DirectiveForm({
  subjectId,
  pic,
  onCreated,
}: {
  subjectId: string;
  pic: { id: string; name: string } | null;
  onCreated: () => unknown;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const id = useId();
  const [draft, setDraft] = useState<DirectiveDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [create, { loading }] = useMutation(CreateDirectiveDocument);

  const messageOf = fieldMessages(errors, t);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found = validateDirective(draft, todayInZone(timeZone));
    setErrors(found);
    if (found.length > 0) return;
    try {
      await create({
        variables: {
          input: {
            subjectId,
            content: draft.content.trim(),
            dueDate: draft.dueDate || null,
            picOfficialId: pic?.id ?? null,
            clientMutationId: newMutationId(),
          },
        },
      });
      setDraft(EMPTY);
      setSaved(true);
      await onCreated();
    } catch (error) {
      setErrors([directiveErrorOf(error)]);
    }
  };

  const contentError = messageOf('content');
  const dueError = messageOf('dueDate');
  const formError = messageOf('form');
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      data-testid="directive-form"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-line p-3"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {t('directive.form.title')}
      </h3>
      <p className="text-sm text-ink-muted">
        {pic ? t('directive.form.pic', { name: pic.name }) : t('directive.form.noPic')}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-content`} className="font-medium">
          {t('directive.form.content')}
        </label>
        <textarea
          id={`${id}-content`}
          name="content"
          rows={3}
          maxLength={DIRECTIVE_MAX_LENGTH + 1}
          value={draft.content}
          aria-invalid={contentError ? true : undefined}
          aria-describedby={contentError ? `${id}-content-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, content: e.target.value }))}
          className="rounded-lg border border-line bg-surface-raised px-3 py-2 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger"
        />
        {contentError ? (
          <p id={`${id}-content-error`} className="text-sm text-danger" data-testid="directive-error-content">
            {contentError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-due`} className="font-medium">
          {t('directive.form.dueDate')}
        </label>
        <input
          id={`${id}-due`}
          name="dueDate"
          type="date"
          value={draft.dueDate}
          aria-invalid={dueError ? true : undefined}
          aria-describedby={dueError ? `${id}-due-error` : undefined}
          onChange={(e) => setDraft((d) => ({ ...d, dueDate: e.target.value }))}
          className="min-h-11 max-w-full rounded-lg border border-line bg-surface-raised px-3 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger sm:max-w-60"
        />
        {dueError ? (
          <p id={`${id}-due-error`} className="text-sm text-danger" data-testid="directive-error-dueDate">
            {dueError}
          </p>
        ) : null}
      </div>
      {formError ? (
        <Notice tone="error" testId="directive-error-form">
          {formError}
        </Notice>
      ) : null}
      {saved ? (
        <Notice tone="info" testId="directive-saved">
          {t('directive.form.saved')}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {loading ? t('directive.form.submitting') : t('directive.form.submit')}
        </Button>
      </div>
    </form>
  );
}
