// A new indicator on the chosen objective: identity, polarity and aggregation, weight, the
// year's monthly targets and who reports it. Given `indicator`, the change of an existing one's
// definition and operators instead (its targets keep their own editor); a change that moves
// scores makes the API recompute the year, which takes seconds, and the form says so while it
// waits. Checked here with the API's rules; what the API still refuses comes back next to the
// field it names.
import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Aggregation, Frequency, MinimizeFormula, Polarity } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { AssignableOperatorsDocument } from '../graphql/assignableOperatorsQuery.generated';
import { CreateIndicatorDocument } from '../graphql/createIndicatorMutation.generated';
import { UpdateIndicatorDocument } from '../graphql/updateIndicatorMutation.generated';
import { emptyTargets, type IndicatorDraft } from '../types/IndicatorDraft';
import { INDICATOR_GONE_KEY, indicatorErrorOf } from '../utils/indicatorErrorOf';
import { indicatorMessages } from '../utils/indicatorMessages';
import {
  changeRecomputes,
  indicatorDraftOf,
  validateIndicatorDraft,
  validateIndicatorUpdate,
} from '../utils/validateIndicatorDraft';
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

/** An existing indicator's definition, as the administration page lists it. */
export interface EditedIndicator {
  id: string;
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  minimizeFormula: MinimizeFormula;
  aggregation: Aggregation;
  frequency: Frequency;
  weight: number;
}

export function IndicatorForm({
  objectiveId,
  indicator,
  operatorIds,
  onSaved,
  onGone,
  onCancel,
}: {
  objectiveId: string;
  /** The indicator to change; a new one is added without it. */
  indicator?: EditedIndicator;
  /** The indicator's current operators (ticked when editing). */
  operatorIds?: readonly string[];
  /** After a save; `recomputed` when the scores of the year were recomputed. */
  onSaved: (saved: { code: string; recomputed: boolean }) => unknown;
  /** The indicator being changed no longer exists (deleted meanwhile). */
  onGone?: () => unknown;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const editing = indicator !== undefined;
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    indicator ? indicatorDraftOf(indicator, operatorIds ?? []) : EMPTY,
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [created, setCreated] = useState<{ id: string; code: string } | null>(null);
  /** While a change waits: `recompute` when it moves scores and the year is recomputed. */
  const [busy, setBusy] = useState<'recompute' | 'save' | null>(null);
  const operators = useQuery(AssignableOperatorsDocument, { variables: { objectiveId } });
  const [create, creating] = useMutation(CreateIndicatorDocument);
  const [update, updating] = useMutation(UpdateIndicatorDocument);
  const loading = creating.loading || updating.loading;
  const messageOf = indicatorMessages(errors, t);
  const set = <K extends keyof IndicatorDraft>(key: K, value: IndicatorDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (indicator) {
      const { errors: found, input } = validateIndicatorUpdate(draft, indicator.id);
      setErrors(found);
      if (!input) return;
      const recomputed = changeRecomputes(indicator, input);
      setBusy(recomputed ? 'recompute' : 'save');
      try {
        const result = await update({
          variables: { input: { ...input, clientMutationId: newMutationId() } },
        });
        setBusy(null);
        await onSaved({ code: result.data!.updateIndicator.indicator.code, recomputed });
      } catch (error) {
        setBusy(null);
        const refusal = indicatorErrorOf(error, []);
        setErrors([refusal]);
        if (refusal.key === INDICATOR_GONE_KEY) await onGone?.();
      }
      return;
    }
    const { errors: found, input } = validateIndicatorDraft(draft, objectiveId);
    setErrors(found);
    if (!input) return;
    try {
      const result = await create({ variables: { input: { ...input, clientMutationId: newMutationId() } } });
      const saved = result.data!.createIndicator.indicator;
      setCreated({ id: saved.id, code: saved.code });
      setDraft(EMPTY);
      await onSaved({ code: saved.code, recomputed: false });
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
  const choice = <T extends string>(field: keyof IndicatorDraft, options: readonly T[], label: string) => {
    const error = messageOf(field);
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-${field}`} className="font-medium">
          {t(`admin.indicator.${field}`)}
        </label>
        <select
          id={`${id}-${field}`}
          value={draft[field] as string}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
          onChange={(e) => set(field, e.target.value as never)}
          className={INPUT_CLASS}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`${label}.${o}`)}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-${field}-error`} message={error} testId={`admin-error-${field}`} />
      </div>
    );
  };

  const operatorError = messageOf('operatorIds');
  const Heading = editing ? 'h4' : 'h3';
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid={editing ? 'indicator-edit-form' : 'indicator-form'}
      aria-labelledby={`${id}-title`}
      aria-busy={loading || undefined}
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface-raised p-4"
    >
      <Heading id={`${id}-title`} className={editing ? 'font-semibold' : 'text-lg font-semibold'}>
        {indicator ? t('admin.indicator.editTitle', { code: indicator.code }) : t('admin.indicator.title')}
      </Heading>
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
      {editing ? (
        <p className="text-sm text-ink-muted">{t('admin.indicator.targetsElsewhere')}</p>
      ) : (
        <TargetGrid
          idPrefix={id}
          polarity={draft.polarity}
          cells={draft.targets}
          onChange={(targets) => set('targets', targets)}
          messageOf={messageOf}
        />
      )}
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={
          [editing ? `${id}-operators-hint` : '', operatorError ? `${id}-operators-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend className="font-medium">{t('admin.indicator.operators')}</legend>
        {editing ? (
          <p id={`${id}-operators-hint`} className="text-sm text-ink-muted">
            {t('admin.indicator.operatorsReplace')}
          </p>
        ) : null}
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
      {busy === 'recompute' ? (
        <Notice tone="info" testId="indicator-recomputing">
          {t('admin.indicator.recomputing')}
        </Notice>
      ) : null}
      {messageOf('form') ? (
        <Notice tone="error" testId={editing ? 'admin-edit-error-form' : 'admin-error-form'}>
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
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={loading}>
          {!editing
            ? t('admin.indicator.submit')
            : busy === 'recompute'
              ? t('admin.indicator.recomputing')
              : busy === 'save'
                ? t('admin.indicator.saving')
                : t('admin.indicator.save')}
        </Button>
        {onCancel ? (
          <Button tone="quiet" disabled={loading} onClick={onCancel}>
            {t('admin.indicator.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
