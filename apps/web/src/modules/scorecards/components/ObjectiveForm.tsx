// A new objective on the chosen scorecard: perspective, code, name and weight. Checked here with
// the API's rules; what the API still refuses (a code in use) comes back next to its field.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Perspective } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { fieldMessages } from '../../../ui/fieldMessages';
import type { FieldError } from '../../../ui/FieldError';
import { FieldMessage } from '../../../ui/FieldMessage';
import { INPUT_CLASS } from '../../../ui/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { CreateObjectiveDocument } from '../graphql/createObjectiveMutation.generated';
import { scorecardErrorOf } from '../utils/scorecardErrorOf';
import { validateObjectiveDraft, type ObjectiveDraft } from '../utils/validateObjectiveDraft';

const FIELDS = ['perspective', 'code', 'name', 'weight'];

export function ObjectiveForm({
  scorecardId,
  perspectives,
  onCreated,
}: {
  scorecardId: string;
  perspectives: readonly Perspective[];
  onCreated: () => unknown;
}) {
  const { t } = useTranslation();
  const id = useId();
  const empty = (): ObjectiveDraft => ({
    perspective: perspectives[0] ?? 'STAKEHOLDER',
    code: '',
    name: '',
    weight: '1',
  });
  const [draft, setDraft] = useState<ObjectiveDraft>(empty);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateObjectiveDocument);
  const messageOf = fieldMessages(errors, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const { errors: found, input } = validateObjectiveDraft(draft, scorecardId);
    setErrors(found);
    if (!input) return;
    try {
      const result = await create({ variables: { input: { ...input, clientMutationId: newMutationId() } } });
      setCreated(result.data!.createObjective.objective.code);
      setDraft(empty());
      await onCreated();
    } catch (error) {
      setErrors([scorecardErrorOf(error, (field) => (FIELDS.includes(field) ? field : null))]);
    }
  };

  const text = (field: 'code' | 'name' | 'weight', inputMode?: 'decimal') => {
    const error = messageOf(field);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${field}`} className="font-medium">
          {t(`scorecards.objective.${field}`)}
        </label>
        <input
          id={`${id}-${field}`}
          value={draft[field]}
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          data-testid={`objective-${field}`}
          onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
          className={INPUT_CLASS}
        />
        <FieldMessage id={`${id}-${field}-error`} message={error} testId={`objective-error-${field}`} />
      </div>
    );
  };

  const perspectiveError = messageOf('perspective');
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="objective-form"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('scorecards.objective.title')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-perspective`} className="font-medium">
            {t('scorecards.objective.perspective')}
          </label>
          <select
            id={`${id}-perspective`}
            value={draft.perspective}
            aria-invalid={perspectiveError ? true : undefined}
            aria-describedby={perspectiveError ? `${id}-perspective-error` : undefined}
            onChange={(e) => setDraft((d) => ({ ...d, perspective: e.target.value as Perspective }))}
            className={INPUT_CLASS}
          >
            {perspectives.map((p) => (
              <option key={p} value={p}>
                {t(`perspective.${p}`)}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-perspective-error`} message={perspectiveError} />
        </div>
        {text('code')}
        <div className="sm:col-span-2">{text('name')}</div>
        {text('weight', 'decimal')}
      </div>
      {messageOf('form') ? (
        <Notice tone="error" testId="objective-error-form">
          {messageOf('form')}
        </Notice>
      ) : null}
      {created ? (
        <Notice tone="info" testId="objective-created">
          {t('scorecards.objective.created', { code: created })}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {t('scorecards.objective.submit')}
        </Button>
      </div>
    </form>
  );
}
