// An objective of the chosen scorecard: a new one (perspective, code, name, weight) or, given
// `objective`, the change of an existing one (code, name, weight; its perspective stays). Either
// may cascade from an objective of the scorecard one level up. Checked here with the API's rules;
// what the API still refuses (a code in use, a parent not one level up) comes back next to its
// field. A changed weight recomputes every score of the year on the server: that takes seconds,
// and the form says so while it waits.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Perspective } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import type { FieldError } from '../../../ui/form/FieldError';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import { CreateObjectiveDocument } from '../graphql/createObjectiveMutation.generated';
import { UpdateObjectiveDocument } from '../graphql/updateObjectiveMutation.generated';
import { parentOptionsOf, type ParentObjectives } from '../utils/parentObjectivesOf';
import { OBJECTIVE_GONE_KEY, scorecardErrorOf } from '../utils/scorecardErrorOf';
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
  onSaved,
  onGone,
  onCancel,
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
  const id = useId();
  const editing = objective !== undefined;
  const empty = (): ObjectiveDraft => ({
    perspective: perspectives[0] ?? 'STAKEHOLDER',
    code: '',
    name: '',
    weight: '1',
    parentObjectiveId: '',
  });
  const [draft, setDraft] = useState<ObjectiveDraft>(() =>
    objective ? objectiveDraftOf(objective) : empty(),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  /** While a change waits: `recompute` when the weight moved and the year's scores follow. */
  const [busy, setBusy] = useState<'recompute' | 'save' | null>(null);
  const [create, creating] = useMutation(CreateObjectiveDocument);
  const [update, updating] = useMutation(UpdateObjectiveDocument);
  const loading = creating.loading || updating.loading;
  const messageOf = scorecardMessages(errors, t);
  const fieldOf = (field: string) => (FIELDS.includes(field) ? field : null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    if (objective) {
      const { errors: found, input } = validateObjectiveUpdate(draft, objective.id);
      setErrors(found);
      if (!input) return;
      const recomputed = input.weight !== objective.weight;
      setBusy(recomputed ? 'recompute' : 'save');
      try {
        const result = await update({
          variables: { input: { ...input, clientMutationId: newMutationId() } },
        });
        setBusy(null);
        await onSaved({ code: result.data!.updateObjective.objective.code, recomputed });
      } catch (error) {
        setBusy(null);
        const refusal = scorecardErrorOf(error, fieldOf);
        setErrors([refusal]);
        if (refusal.key === OBJECTIVE_GONE_KEY) await onGone?.();
      }
      return;
    }
    const { errors: found, input } = validateObjectiveDraft(draft, scorecardId);
    setErrors(found);
    if (!input) return;
    try {
      const result = await create({ variables: { input: { ...input, clientMutationId: newMutationId() } } });
      setCreated(result.data!.createObjective.objective.code);
      setDraft(empty());
      await onSaved({ code: result.data!.createObjective.objective.code, recomputed: false });
    } catch (error) {
      setErrors([scorecardErrorOf(error, fieldOf)]);
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
  const parentError = messageOf('parentObjectiveId');
  const parentOptions = parentOptionsOf(parents ?? null, objective?.parent);
  const parentHint =
    parents === undefined
      ? t('scorecards.objective.parentLoading')
      : parents
        ? t('scorecards.objective.parentHint', { owner: parents.ownerName })
        : t('scorecards.objective.parentNone');
  const formError = messageOf('form');
  const Heading = editing ? 'h4' : 'h3';
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      data-testid={editing ? 'objective-edit-form' : 'objective-form'}
      aria-labelledby={`${id}-title`}
      aria-busy={loading || undefined}
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface-raised p-4"
    >
      <Heading id={`${id}-title`} className={editing ? 'font-semibold' : 'text-lg font-semibold'}>
        {objective
          ? t('scorecards.objective.editTitle', { code: objective.code })
          : t('scorecards.objective.title')}
      </Heading>
      <div className="grid gap-3 sm:grid-cols-2">
        {editing ? null : (
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
        )}
        {text('code')}
        <div className="sm:col-span-2">{text('name')}</div>
        {text('weight', 'decimal')}
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor={`${id}-parent`} className="font-medium">
            {t('scorecards.objective.parent')}
          </label>
          <select
            id={`${id}-parent`}
            value={draft.parentObjectiveId}
            aria-invalid={parentError ? true : undefined}
            aria-describedby={parentError ? `${id}-parent-hint ${id}-parent-error` : `${id}-parent-hint`}
            data-testid="objective-parent"
            onChange={(e) => setDraft((d) => ({ ...d, parentObjectiveId: e.target.value }))}
            className={INPUT_CLASS}
          >
            <option value="">{t('scorecards.objective.noParent')}</option>
            {parentOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          <p id={`${id}-parent-hint`} className="text-sm text-ink-muted">
            {parentHint}
          </p>
          <FieldMessage
            id={`${id}-parent-error`}
            message={parentError}
            testId="objective-error-parentObjectiveId"
          />
        </div>
      </div>
      {editing ? (
        <p className="text-sm text-ink-muted">{t('scorecards.objective.weightRecomputes')}</p>
      ) : null}
      {busy === 'recompute' ? (
        <Notice tone="info" testId="objective-recomputing">
          {t('scorecards.objective.recomputing')}
        </Notice>
      ) : null}
      {formError ? (
        <Notice tone="error" testId={editing ? 'objective-edit-error-form' : 'objective-error-form'}>
          {formError}
        </Notice>
      ) : null}
      {created ? (
        <Notice tone="info" testId="objective-created">
          {t('scorecards.objective.created', { code: created })}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={loading}>
          {!editing
            ? t('scorecards.objective.submit')
            : busy === 'recompute'
              ? t('scorecards.objective.recomputing')
              : busy === 'save'
                ? t('scorecards.objective.saving')
                : t('scorecards.objective.save')}
        </Button>
        {onCancel ? (
          <Button tone="quiet" disabled={loading} onClick={onCancel}>
            {t('scorecards.objective.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
