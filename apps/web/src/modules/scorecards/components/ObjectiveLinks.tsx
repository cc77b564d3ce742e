// The strategy map's cause–effect arrows (from → to) with removal, and a form to draw a new one;
// a refused arrow (a cycle, a duplicate, an objective onto itself) is explained beside the form.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { LinkObjectivesDocument } from '../graphql/linkObjectivesMutation.generated';
import { UnlinkObjectivesDocument } from '../graphql/unlinkObjectivesMutation.generated';
import { scorecardErrorOf } from '../utils/scorecardErrorOf';

interface ObjectiveRef {
  id: string;
  code: string;
  name: string;
}

export function ObjectiveLinks({
  objectives,
  links,
  onChanged,
}: {
  objectives: readonly ObjectiveRef[];
  links: readonly { from: ObjectiveRef; to: ObjectiveRef }[];
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [link, linking] = useMutation(LinkObjectivesDocument);
  const [unlink, unlinking] = useMutation(UnlinkObjectivesDocument);
  const messageOf = fieldMessages(errors, t);
  const fieldOf = (field: string) =>
    field === 'fromObjectiveId' ? 'from' : field === 'toObjectiveId' ? 'to' : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (!fromId) missing.push({ field: 'from', key: 'scorecards.errors.required' });
    if (!toId) missing.push({ field: 'to', key: 'scorecards.errors.required' });
    setErrors(missing);
    if (missing.length > 0) return;
    try {
      await link({
        variables: {
          input: { fromObjectiveId: fromId, toObjectiveId: toId, clientMutationId: newMutationId() },
        },
      });
      setFromId('');
      setToId('');
      await onChanged();
    } catch (error) {
      setErrors([scorecardErrorOf(error, fieldOf)]);
    }
  };

  const remove = async (from: string, to: string) => {
    setErrors([]);
    try {
      await unlink({
        variables: { input: { fromObjectiveId: from, toObjectiveId: to, clientMutationId: newMutationId() } },
      });
      await onChanged();
    } catch (error) {
      setErrors([scorecardErrorOf(error, () => null)]);
    }
  };

  const select = (field: 'from' | 'to', value: string, onChange: (v: string) => void) => {
    const error = messageOf(field);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${field}`} className="font-medium">
          {t(`scorecards.links.${field}`)}
        </label>
        <select
          id={`${id}-${field}`}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          data-testid={`link-${field}`}
          onChange={(e) => onChange(e.target.value)}
          className={INPUT_CLASS}
        >
          <option value="">{t('scorecards.choose')}</option>
          {objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} · {o.name}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-${field}-error`} message={error} testId={`link-error-${field}`} />
      </div>
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('scorecards.links.title', { count: links.length })}
      </h3>
      {links.length === 0 ? <p className="text-sm text-ink-muted">{t('scorecards.links.none')}</p> : null}
      <ul className="flex flex-col gap-2">
        {links.map((l) => (
          <li
            key={`${l.from.id}>${l.to.id}`}
            data-testid="objective-link"
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-line bg-surface-raised p-3"
          >
            <span>
              {l.from.code} · {l.from.name} <span aria-hidden="true">→</span>
              <span className="sr-only"> {t('scorecards.links.drives')} </span> {l.to.code} · {l.to.name}
            </span>
            <Button tone="quiet" disabled={unlinking.loading} onClick={() => void remove(l.from.id, l.to.id)}>
              {t('scorecards.links.remove')}
              <span className="sr-only">
                {' '}
                {l.from.code} → {l.to.code}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        data-testid="link-form"
        aria-labelledby={`${id}-form-title`}
        className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
      >
        <h4 id={`${id}-form-title`} className="font-semibold">
          {t('scorecards.links.add')}
        </h4>
        <div className="grid gap-3 sm:grid-cols-2">
          {select('from', fromId, setFromId)}
          {select('to', toId, setToId)}
        </div>
        {messageOf('form') ? (
          <Notice tone="error" testId="link-error-form">
            {messageOf('form')}
          </Notice>
        ) : null}
        <div>
          <Button type="submit" disabled={linking.loading}>
            {t('scorecards.links.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
