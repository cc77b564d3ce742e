// A new indicator on the chosen objective: identity, polarity and aggregation, weight, the
// year's monthly targets and who reports it. Given `indicator`, the change of an existing one's
// definition and operators instead (its targets keep their own editor); a change that moves
// scores makes the API recompute the year, which takes seconds, and the form says so while it
// waits. Checked here with the API's rules; what the API still refuses comes back next to the
// field it names.
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  Aggregation,
  CreateIndicatorInput,
  Frequency,
  MinimizeFormula,
  Polarity,
  UpdateIndicatorInput,
} from '../../../gql/graphql';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { RowFormFrame } from '../../../ui/form/RowFormFrame';
import { useRowForm } from '../../../ui/form/useRowForm';
import { AssignableOperatorsDocument } from '../graphql/assignableOperatorsQuery.generated';
import { CreateIndicatorDocument } from '../graphql/createIndicatorMutation.generated';
import { UpdateIndicatorDocument } from '../graphql/updateIndicatorMutation.generated';
import { emptyTargets, type IndicatorDraft } from '../types/IndicatorDraft';
import { indicatorErrorOf } from '../utils/indicatorErrorOf';
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

type CreateInput = Omit<CreateIndicatorInput, 'clientMutationId'>;
type UpdateInput = Omit<UpdateIndicatorInput, 'clientMutationId'>;

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
  onCancel,
  ...events
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
  const editing = indicator !== undefined;
  const row = useRowForm({
    ...events,
    naming: { section: 'admin', thing: 'indicator' },
    testIdPrefix: 'admin',
    errorOf: (error) => indicatorErrorOf(error, []),
    messagesOf: indicatorMessages,
    initial: indicator ? indicatorDraftOf(indicator, operatorIds ?? []) : EMPTY,
  });
  const { form, draft, set, bind } = row;
  const operators = useQuery(AssignableOperatorsDocument, { variables: { objectiveId } });
  const [create] = useMutation(CreateIndicatorDocument);
  const [update] = useMutation(UpdateIndicatorDocument);
  const choices = <T extends string>(words: string, values: readonly T[]) =>
    values.map((value) => ({ value, label: t(`${words}.${value}`) }));

  const submit = async () => {
    if (indicator) {
      const save = async (input: UpdateInput, clientMutationId: string) => {
        const result = await update({ variables: { input: { ...input, clientMutationId } } });
        return result.data!.updateIndicator.indicator;
      };
      await row.change(
        validateIndicatorUpdate(draft, indicator.id),
        (i) => changeRecomputes(indicator, i),
        save,
      );
      return;
    }
    const checked = validateIndicatorDraft(draft, objectiveId);
    const add = async (input: CreateInput, clientMutationId: string) => {
      const result = await create({ variables: { input: { ...input, clientMutationId } } });
      return result.data!.createIndicator.indicator;
    };
    // The API names a target by its index in what was sent.
    await row.add(checked, add, EMPTY, (error) => indicatorErrorOf(error, checked.input?.targets ?? []));
  };

  const operatorError = form.messageOf('operatorIds');
  return (
    <RowFormFrame
      row={row}
      editedCode={indicator?.code}
      className="flex flex-col gap-4 rounded-lg border border-line bg-surface-raised p-4"
      added={(created) => (
        <>
          {' '}
          <Link className="underline" to={`/indicator/${encodeURIComponent(created.id)}`}>
            {t('admin.indicator.open')}
          </Link>
        </>
      )}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <FormInput {...bind('code')} />
        <FormInput {...bind('unit')} />
        <FormInput {...bind('name')} className="sm:col-span-2" />
        <FormSelect {...bind('polarity')} options={choices('polarity', POLARITIES)} />
        {draft.polarity === 'MINIMIZE' ? (
          <FormSelect {...bind('minimizeFormula')} options={choices('minimizeFormula', FORMULAS)} />
        ) : null}
        <FormSelect {...bind('aggregation')} options={choices('aggregation', AGGREGATIONS)} />
        <FormSelect {...bind('frequency')} options={choices('frequency', FREQUENCIES)} />
        <FormInput {...bind('weight')} inputMode="decimal" />
      </div>
      {editing ? (
        <p className="text-sm text-ink-muted">{t('admin.indicator.targetsElsewhere')}</p>
      ) : (
        <TargetGrid
          idPrefix={form.formId}
          polarity={draft.polarity}
          cells={draft.targets}
          onChange={(targets) => set('targets', targets)}
          messageOf={form.messageOf}
        />
      )}
      <fieldset
        className="flex flex-col gap-1"
        aria-describedby={
          [
            editing ? `${form.formId}-operators-hint` : '',
            operatorError ? `${form.formId}-operators-error` : '',
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
      >
        <legend className="font-medium">{t('admin.indicator.operators')}</legend>
        {editing ? (
          <p id={`${form.formId}-operators-hint`} className="text-sm text-ink-muted">
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
        <FieldMessage
          id={`${form.formId}-operators-error`}
          message={operatorError}
          testId="admin-error-operatorIds"
        />
      </fieldset>
    </RowFormFrame>
  );
}
