// A problem's follow-ups (tindak lanjut): the list, loaded when opened, and a form to record the
// next step with its status and an optional due date.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { IssueStatus } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { formatDate } from '../../format/formatDate';
import { AddFollowUpDocument } from '../graphql/addFollowUpMutation.generated';
import { IssueFollowUpsDocument } from '../graphql/issueFollowUpsQuery.generated';
import { validateFollowUp, type FollowUpDraft } from '../utils/validateFollowUp';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

const STATUSES: IssueStatus[] = ['IN_PROGRESS', 'RESOLVED', 'OPEN'];
const EMPTY: FollowUpDraft = { description: '', dueDate: '' };

function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

export function IssueFollowUps({ issueId, onChanged }: { issueId: string; onChanged: () => unknown }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const id = useId();
  const { data, refetch } = useQuery(IssueFollowUpsDocument, { variables: { id: issueId } });
  const [add, { loading }] = useMutation(AddFollowUpDocument);
  const [draft, setDraft] = useState<FollowUpDraft>(EMPTY);
  const [status, setStatus] = useState<IssueStatus>('IN_PROGRESS');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const messageOf = fieldMessages(errors, t);
  const followUps = data?.node?.__typename === 'Issue' ? data.node.followUps : [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateFollowUp(draft, today(timeZone));
    setErrors(found);
    if (found.length > 0) return;
    try {
      await add({
        variables: {
          input: {
            issueId,
            description: draft.description.trim(),
            status,
            dueDate: draft.dueDate || null,
            clientMutationId: newMutationId(),
          },
        },
      });
      setDraft(EMPTY);
      await Promise.all([refetch(), onChanged()]);
    } catch {
      setErrors([{ field: 'form', key: 'indicator.followUps.errors.failed' }]);
    }
  };

  const descriptionError = messageOf('description');
  const dueError = messageOf('dueDate');
  return (
    <div className="mt-2 flex flex-col gap-2 rounded-lg border border-line p-2" data-testid="follow-ups">
      {followUps.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('indicator.followUps.none')}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm">
          {followUps.map((f) => (
            <li key={f.id} data-testid="follow-up">
              <span className="break-words">{f.description}</span>{' '}
              <span className="text-ink-muted">
                ({t(`issueStatus.${f.status}`)} · {f.createdBy ?? '—'} ·{' '}
                {formatDate(f.createdAt, { locale, timeZone })}
                {f.dueDate
                  ? ` · ${t('indicator.followUps.due', { date: formatDate(f.dueDate, { locale, timeZone }) })}`
                  : ''}
                )
              </span>
            </li>
          ))}
        </ol>
      )}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-description`} className="text-sm font-medium">
            {t('indicator.followUps.description')}
          </label>
          <textarea
            id={`${id}-description`}
            rows={2}
            value={draft.description}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? `${id}-description-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
            className={`${INPUT_CLASS} py-2`}
          />
          <FieldMessage
            id={`${id}-description-error`}
            message={descriptionError}
            testId="follow-up-error-description"
          />
        </div>
        <div className="grid gap-2 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-status`} className="text-sm font-medium">
              {t('indicator.followUps.status')}
            </label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => setStatus(e.target.value as IssueStatus)}
              className={INPUT_CLASS}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`issueStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-due`} className="text-sm font-medium">
              {t('indicator.followUps.dueDate')}
            </label>
            <input
              id={`${id}-due`}
              type="date"
              value={draft.dueDate}
              aria-invalid={dueError ? true : undefined}
              aria-describedby={dueError ? `${id}-due-error` : undefined}
              onChange={(e) => setDraft((d) => ({ ...d, dueDate: e.target.value }))}
              className={INPUT_CLASS}
            />
            <FieldMessage id={`${id}-due-error`} message={dueError} testId="follow-up-error-dueDate" />
          </div>
        </div>
        {messageOf('form') ? <Notice tone="error">{messageOf('form')}</Notice> : null}
        <div>
          <Button type="submit" tone="quiet" disabled={loading}>
            {t('indicator.followUps.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
