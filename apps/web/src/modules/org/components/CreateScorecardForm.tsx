// A new scorecard of the year for a tenant, a unit or an official holding a position: its name
// (prefilled "Kartu Kinerja <short name> <year>") and the four perspective weights (prefilled
// 30/20/30/20), which must sum to 100; the running total is shown while typing.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { PERSPECTIVE_ORDER } from '../../dashboard/utils/strategyMapLayout';
import { CreateScorecardDocument } from '../graphql/createScorecardMutation.generated';
import { useForm } from '../../../ui/form/useForm';
import { orgFormOptions } from '../utils/orgFormOptions';
import {
  defaultScorecardName,
  defaultWeightDrafts,
  validateScorecardDraft,
  weightTotal,
} from '../utils/validateScorecardDraft';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { FormFrame } from '../../../ui/form/FormFrame';

const FIELDS = ['name', 'weights', ...PERSPECTIVE_ORDER.map((p) => `weights.${p}`)];

export function CreateScorecardForm({
  ownerId,
  ownerShortName,
  year,
  autoFocus = false,
  onCreated,
  onCancel,
  onStale,
}: {
  ownerId: string;
  ownerShortName: string;
  year: number;
  /** Opened by a button: the keyboard moves into the form. */
  autoFocus?: boolean;
  onCreated: (name: string) => void;
  onCancel?: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(orgFormOptions(FIELDS));
  const [name, setName] = useState(() => defaultScorecardName(ownerShortName, year));
  const [weights, setWeights] = useState(defaultWeightDrafts);
  const [create] = useMutation(CreateScorecardDocument);
  const total = weightTotal(weights);
  const sumError = form.messageOf('weights');

  const submit = async () => {
    const checked = validateScorecardDraft({ name, weights });
    form.show(checked.errors);
    if (!checked.weights) return;
    const input = { ownerId, year, name: name.trim(), weights: checked.weights };
    const created = await form.send(
      input,
      (clientMutationId) => create({ variables: { input: { ...input, clientMutationId } } }),
      onStale,
    );
    if (created) onCreated(input.name);
  };

  return (
    <FormFrame
      form={form}
      testId="org-scorecard-form"
      problemTestId="org-scorecard-error"
      title={t('org.scorecard.createTitle', { year })}
      headingLevel={5}
      submitLabel={t('org.scorecard.submit', { year })}
      onSubmit={submit}
      cancelLabel={t('org.cancel')}
      onCancel={onCancel}
    >
      <FormInput
        form={form}
        field="name"
        label={t('org.scorecard.name')}
        autoFocus={autoFocus}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <fieldset
        className="grid gap-3 sm:grid-cols-2"
        aria-describedby={`${form.formId}-total${sumError ? ` ${form.formId}-sum-error` : ''}`}
      >
        <legend className="mb-1 font-medium">{t('org.scorecard.weights')}</legend>
        {weights.map((draft, i) => (
          <FormField
            key={draft.perspective}
            form={form}
            field={`weights.${draft.perspective}`}
            label={t(`perspective.${draft.perspective}`)}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                autoComplete="off"
                value={draft.weight}
                aria-invalid={props['aria-invalid'] ?? (sumError ? true : undefined)}
                onChange={(e) =>
                  setWeights((ws) => ws.map((w, j) => (j === i ? { ...w, weight: e.target.value } : w)))
                }
                className={INPUT_CLASS}
              />
            )}
          </FormField>
        ))}
      </fieldset>
      <p className="text-sm">
        <output
          id={`${form.formId}-total`}
          className={Math.abs(total - 100) < 1e-6 ? 'text-ink-muted' : 'font-medium text-danger'}
          data-testid="org-weight-total"
        >
          {t('org.scorecard.total', { total })}
        </output>
      </p>
      <FieldMessage id={`${form.formId}-sum-error`} message={sumError} testId="org-error-weights" />
    </FormFrame>
  );
}
