// An objective of the chosen scorecard: a new one (perspective, code, name, weight) or, given
// `objective`, the change of an existing one (code, name, weight; its perspective stays). Either
// may cascade from an objective of the scorecard one level up. Checked here with the API's rules;
// what the API still refuses (a code in use, a parent not one level up) comes back next to its
// field. A changed weight recomputes every score of the year on the server: that takes seconds,
// and the form says so while it waits.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CreateObjectiveInput, Perspective, UpdateObjectiveInput } from '../../../gql/graphql';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { RowFormFrame } from '../../../ui/form/RowFormFrame';
import { useRowForm } from '../../../ui/form/useRowForm';
import { CreateObjectiveDocument } from '../graphql/createObjectiveMutation.generated';
import { UpdateObjectiveDocument } from '../graphql/updateObjectiveMutation.generated';
import { parentOptionsOf, type ParentObjectives } from '../utils/parentObjectivesOf';
import { scorecardErrorOf } from '../utils/scorecardErrorOf';
import { scorecardMessages } from '../utils/scorecardMessages';
import {
  objectiveDraftOf,
  validateObjectiveDraft,
  validateObjectiveUpdate,
  type ObjectiveDraft,
} from '../utils/validateObjectiveDraft';

const FIELDS = ['perspective', 'code', 'name', 'weight', 'parentObjectiveId'];

/** An existing objective, as the strategy map lists it. */
export interface EditedObjective {
  id: string;
  code: string;
  name: string;
  weight: number;
  perspective: Perspective;
  parent?: { id: string; code: string; name: string } | null;
}

export function ObjectiveForm({
  scorecardId,
  perspectives,
  parents,
  objective,
  onCancel,
  ...events
}: {
  scorecardId: string;
  perspectives: readonly Perspective[];
  /** The objectives one level up this one may cascade from: null when there are none, undefined while loading. */
  parents: ParentObjectives | null | undefined;
  /** The objective to change; a new one is added without it. */
  objective?: EditedObjective;
  /** After a save; `recomputed` when the scores of the year were recomputed. */
  onSaved: (saved: { code: string; recomputed: boolean }) => unknown;
  /** The objective being changed no longer exists (deleted meanwhile). */
  onGone?: () => unknown;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const empty = (): ObjectiveDraft => ({
    perspective: perspectives[0] ?? 'STAKEHOLDER',
    code: '',
    name: '',
    weight: '1',
    parentObjectiveId: '',
  });
  // A refusal naming another field (a link, a weight of the perspectives) is said on the form.
  const errorOf = (error: unknown) =>
    scorecardErrorOf(error, (field) => (FIELDS.includes(field) ? field : null));
  const row = useRowForm({
    ...events,
    naming: { section: 'scorecards', thing: 'objective' },
    errorOf,
    messagesOf: scorecardMessages,
    initial: objective ? objectiveDraftOf(objective) : empty(),
  });
  const { draft, bind } = row;
  const [create] = useMutation(CreateObjectiveDocument);
  const [update] = useMutation(UpdateObjectiveDocument);

  const submit = async () => {
    if (!objective) {
      const add = async (input: Omit<CreateObjectiveInput, 'clientMutationId'>, clientMutationId: string) =>
        (await create({ variables: { input: { ...input, clientMutationId } } })).data!.createObjective
          .objective;
      return row.add(validateObjectiveDraft(draft, scorecardId), add, empty());
    }
    const save = async (input: Omit<UpdateObjectiveInput, 'clientMutationId'>, clientMutationId: string) =>
      (await update({ variables: { input: { ...input, clientMutationId } } })).data!.updateObjective
        .objective;
    // Only a changed weight moves the year's scores.
    return row.change(
      validateObjectiveUpdate(draft, objective.id),
      (i) => i.weight !== objective.weight,
      save,
    );
  };

  const parentHint =
    parents === undefined
      ? t('scorecards.objective.parentLoading')
      : parents
        ? t('scorecards.objective.parentHint', { owner: parents.ownerName })
        : t('scorecards.objective.parentNone');
  return (
    <RowFormFrame
      row={row}
      editedCode={objective?.code}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        {objective ? null : (
          <FormSelect
            {...bind('perspective')}
            options={perspectives.map((p) => ({ value: p, label: t(`perspective.${p}`) }))}
          />
        )}
        <FormInput {...bind('code')} data-testid="objective-code" />
        <FormInput {...bind('name')} data-testid="objective-name" className="sm:col-span-2" />
        <FormInput {...bind('weight')} data-testid="objective-weight" inputMode="decimal" />
        <FormSelect
          {...bind('parentObjectiveId')}
          label={t('scorecards.objective.parent')}
          hint={parentHint}
          options={parentOptionsOf(parents ?? null, objective?.parent).map((o) => ({
            value: o.id,
            label: o.label,
          }))}
          emptyLabel={t('scorecards.objective.noParent')}
          testId="objective-parent"
          className="sm:col-span-2"
        />
      </div>
      {objective ? (
        <p className="text-sm text-ink-muted">{t('scorecards.objective.weightRecomputes')}</p>
      ) : null}
    </RowFormFrame>
  );
}
