// A problem (kendala) the operator reports on the indicator: it reaches the unit head and the
// leaders' at-risk views, where follow-ups are tracked.
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import type { IssueSeverity } from '../../../gql/graphql';
import { CreateIssueDocument } from '../graphql/createIssueMutation.generated';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FieldError } from '../../../ui/form/FieldError';
import { validateIssue } from '../utils/validateIssue';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';

const SEVERITIES: IssueSeverity[] = ['LOW', 'MEDIUM', 'HIGH'];

export function IssueForm({ subjectId }: { subjectId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [severity, setSeverity] = useState<IssueSeverity>('MEDIUM');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [create, { loading }] = useMutation(CreateIssueDocument);
  const messageOf = fieldMessages(errors, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const found = validateIssue(title, description);
    setErrors(found);
    if (found.length > 0) return;
    try {
      await create({
        variables: {
          input: {
            subjectId,
            title: title.trim(),
            description: description.trim(),
            severity,
            clientMutationId: newMutationId(),
          },
        },
      });
      setTitle('');
      setDescription('');
      setSaved(true);
    } catch {
      setErrors([{ field: 'form', key: 'entry.issue.failed' }]);
    }
  };

  const titleError = messageOf('title');
  const descriptionError = messageOf('description');
  return (
    <details className="rounded-lg border border-line p-3">
      <summary className="cursor-pointer font-medium">{t('entry.issue.title')}</summary>
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-3 pt-3"
        data-testid="issue-form"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-title`} className="font-medium">
            {t('entry.issue.issueTitle')}
          </label>
          <input
            id={`${id}-title`}
            value={title}
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? `${id}-title-error` : undefined}
            onChange={(e) => setTitle(e.target.value)}
            className={INPUT_CLASS}
          />
          <FieldMessage id={`${id}-title-error`} message={titleError} testId="issue-error-title" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-description`} className="font-medium">
            {t('entry.issue.description')}
          </label>
          <textarea
            id={`${id}-description`}
            rows={3}
            value={description}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
            onChange={(e) => setDescription(e.target.value)}
            className={`${INPUT_CLASS} py-2`}
          />
          <FieldMessage
            id={`${id}-description-error`}
            message={descriptionError}
            testId="issue-error-description"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-severity`} className="font-medium">
            {t('entry.issue.severity')}
          </label>
          <select
            id={`${id}-severity`}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as IssueSeverity)}
            className={INPUT_CLASS}
          >
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`entry.issue.severities.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {messageOf('form') ? <Notice tone="error">{messageOf('form')}</Notice> : null}
        {saved ? (
          <p role="status" className="text-sm font-medium" data-testid="issue-saved">
            {t('entry.issue.saved')}
          </p>
        ) : null}
        <div>
          <Button type="submit" tone="quiet" disabled={loading}>
            {t('entry.issue.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}
