// A new indicator on the chosen objective: identity, polarity and aggregation, weight, the
// year's monthly targets and who reports it. Checked here with the API's rules; what the API
// still refuses comes back next to the field it names.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Aggregation, Frequency, MinimizeFormula, Polarity } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { fieldMessages } from '../../../ui/fieldMessages';
import type { FieldError } from '../../../ui/FieldError';
import { FieldMessage } from '../../../ui/FieldMessage';
import { INPUT_CLASS } from '../../../ui/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { AssignableOperatorsDocument } from '../graphql/assignableOperatorsQuery.generated';
import { CreateIndicatorDocument } from '../graphql/createIndicatorMutation.generated';
import { emptyTargets, type IndicatorDraft } from '../types/IndicatorDraft';
import { indicatorErrorOf } from '../utils/indicatorErrorOf';
import { validateIndicatorDraft } from '../utils/validateIndicatorDraft';
import { TargetGrid } from './TargetGrid';

const POLARITIES: Polarity[] = ['MAXIMIZE', 'MINIMIZE', 'STABILIZE'];
const AGGREGATIONS: Aggregation[] = ['LAST', 'SUM', 'AVERAGE', 'MIN', 'MAX'];
const FREQUENCIES: Frequency[] = ['MONTHLY', 'QUARTERLY', 'SEMESTER', 'YEARLY'];
const FORMULAS: MinimizeFormula[] = ['RATIO_DIFF', 'INVERSE'];

const EMPTY: IndicatorDraft = {
  code: '',
  name: '',
  unit: '',
  polarity: 'MAXIMIZE',
  minimizeFormula: 'RATIO_DIFF',
  aggregation: 'LAST',
  frequency: 'MONTHLY',
  weight: '1',
  targets: emptyTargets(),
  operatorIds: [],
};

export function IndicatorForm({ objectiveId, onCreated }: { objectiveId: string; onCreated: () => unknown }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<IndicatorDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [created, setCreated] = useState<{ id: string; code: string } | null>(null);
  const operators = useQuery(AssignableOperatorsDocument, { variables: { objectiveId } });
  const [create, { loading }] = useMutation(CreateIndicatorDocument);
  const messageOf = fieldMessages(errors, t);
  const set = <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const { errors: found, input } = validateIndicatorDraft(draft, objectiveId);
    setErrors(found);
    if (!input) return;
    try {
      const result = await create({ variables: { input: { ...input, clientMutationId: newMutationId() } } });
      const indicator = result.data!.createIndicator.indicator;
      setCreated({ id: indicator.id, code: indicator.code });
      setDraft(EMPTY);
      await onCreated();
    } catch (error) {
      setErrors([indicatorErrorOf(error, input.targets)]);
    }
  };

  const text = (field: 'code' | 'name' | 'unit' | 'weight', inputMode?: 'decimal') => {
    const error = messageOf(field);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${field}`} className="font-medium">
          {t(`admin.indicator.${field}`)}
        </label>
        <input
          id={`${id}-${field}`}
          value={draft[field]}
          inputMode={inputMode}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          onChange={(e) => set(field, e.target.value)}
          className={INPUT_CLASS}
        />
        <FieldMessage id={`${id}-${field}-error`} message={error} testId={`admin-error-${field}`} />
      </div>
    );
  };
  const choice = <T extends string>(field: keyof IndicatorDraft, options: readonly T[], label: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${field}`} className="font-medium">
        {t(`admin.indicator.${field}`)}
      </label>
      <select
        id={`${id}-${field}`}
        value={draft[field] as string}
        onChange={(e) => set(field, e.target.value as never)}
        className={INPUT_CLASS}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${label}.${o}`)}
          </option>
        ))}
      </select>
    </div>
  );

  const operatorError = messageOf('operatorIds');
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid="indicator-form"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface-raised p-4"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('admin.indicator.title')}
      </h3>
      <div className="grid gap-3 sm:grid-cols-2">
        {text('code')}
        {text('unit')}
        <div className="sm:col-span-2">{text('name')}</div>
        {choice('polarity', POLARITIES, 'polarity')}
        {draft.polarity === 'MINIMIZE' ? choice('minimizeFormula', FORMULAS, 'minimizeFormula') : null}
        {choice('aggregation', AGGREGATIONS, 'aggregation')}
        {choice('frequency', FREQUENCIES, 'frequency')}
        {text('weight', 'decimal')}
      </div>
      <TargetGrid
        idPrefix={id}
        polarity={draft.polarity}
        cells={draft.targets}
        onChange={(targets) => set('targets', targets)}
        messageOf={messageOf}
      />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{t('admin.indicator.operators')}</legend>
        {(operators.data?.assignableOperators ?? []).map((user) => (
          <label key={user.id} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              className="size-5"
              checked={draft.operatorIds.includes(user.id)}
              onChange={(e) =>
                set(
                  'operatorIds',
                  e.target.checked
                    ? [...draft.operatorIds, user.id]
                    : draft.operatorIds.filter((x) => x !== user.id),
                )
              }
            />
            {user.displayName} ({user.username})
          </label>
        ))}
        {operators.data?.assignableOperators.length === 0 ? (
          <p className="text-sm text-ink-muted">{t('admin.indicator.noOperators')}</p>
        ) : null}
        <FieldMessage id={`${id}-operators-error`} message={operatorError} testId="admin-error-operatorIds" />
      </fieldset>
      {messageOf('form') ? (
        <Notice tone="error" testId="admin-error-form">
          {messageOf('form')}
        </Notice>
      ) : null}
      {created ? (
        <Notice tone="info" testId="indicator-created">
          {t('admin.indicator.created', { code: created.code })}{' '}
          <Link className="underline" to={`/indicator/${encodeURIComponent(created.id)}`}>
            {t('admin.indicator.open')}
          </Link>
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading}>
          {t('admin.indicator.submit')}
        </Button>
      </div>
    </form>
  );
}
