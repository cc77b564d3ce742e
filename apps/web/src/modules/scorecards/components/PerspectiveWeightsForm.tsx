// The scorecard's perspective weights (Wₚ): one field per perspective, refused unless they sum
// to 100. Saving recomputes the scorecard's scores on the server.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Perspective } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { formatNumber } from '../../format/formatNumber';
import { SetPerspectiveWeightsDocument } from '../graphql/setPerspectiveWeightsMutation.generated';
import { scorecardErrorOf } from '../utils/scorecardErrorOf';
import { validatePerspectiveWeights } from '../utils/validatePerspectiveWeights';

export function PerspectiveWeightsForm({
  scorecardId,
  perspectives,
  onSaved,
}: {
  scorecardId: string;
  perspectives: readonly { perspective: Perspective; weight: number }[];
  onSaved: () => unknown;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [drafts, setDrafts] = useState(() =>
    perspectives.map((p) => ({ perspective: p.perspective, weight: formatNumber(p.weight, 2, locale) })),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(SetPerspectiveWeightsDocument);
  const messageOf = fieldMessages(errors, t);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { errors: found, weights } = validatePerspectiveWeights(drafts);
    setErrors(found);
    if (!weights) return;
    try {
      await save({ variables: { input: { scorecardId, weights, clientMutationId: newMutationId() } } });
      setSaved(true);
      await onSaved();
    } catch (error) {
      setErrors([
        scorecardErrorOf(error, (field) => {
          if (field === 'weights') return 'weights';
          const index = /^weights\.(\d+)\./.exec(field)?.[1];
          const perspective = index === undefined ? undefined : weights[Number(index)]?.perspective;
          return perspective ? `weights.${perspective}` : null;
        }),
      ]);
    }
  };

  const sumError = messageOf('weights');
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="perspective-weights-form"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('scorecards.weights.title')}
      </h3>
      <fieldset
        className="grid gap-3 sm:grid-cols-2"
        aria-describedby={sumError ? `${id}-sum-error` : `${id}-hint`}
      >
        <legend className="sr-only">{t('scorecards.weights.title')}</legend>
        {drafts.map((draft, i) => {
          const field = `weights.${draft.perspective}`;
          const error = messageOf(field);
          return (
            <div key={draft.perspective} className="flex flex-col gap-1">
              <label htmlFor={`${id}-${draft.perspective}`} className="font-medium">
                {t(`perspective.${draft.perspective}`)}
              </label>
              <input
                id={`${id}-${draft.perspective}`}
                value={draft.weight}
                inputMode="decimal"
                aria-invalid={error || sumError ? true : undefined}
                aria-describedby={error ? `${id}-${draft.perspective}-error` : undefined}
                data-testid={`weight-${draft.perspective}`}
                onChange={(e) =>
                  setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, weight: e.target.value } : d)))
                }
                className={INPUT_CLASS}
              />
              <FieldMessage id={`${id}-${draft.perspective}-error`} message={error} />
            </div>
          );
        })}
      </fieldset>
      <p id={`${id}-hint`} className="text-sm text-ink-muted">
        {t('scorecards.weights.hint')}
      </p>
      <FieldMessage id={`${id}-sum-error`} message={sumError} testId="weights-error" />
      {messageOf('form') ? (
        <Notice tone="error" testId="weights-error-form">
          {messageOf('form')}
        </Notice>
      ) : null}
      {saved ? (
        <Notice tone="info" testId="weights-saved">
          {t('scorecards.weights.saved')}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {t('scorecards.weights.submit')}
        </Button>
      </div>
    </form>
  );
}
