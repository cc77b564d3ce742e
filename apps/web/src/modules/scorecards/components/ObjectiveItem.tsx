// One objective of the strategy map: code, name, weight and the objective it cascades from, with
// “Ubah” (the objective form, prefilled) and “Hapus” (after a confirm step). The API refuses to
// delete an objective that still has indicators or cascaded objectives; the refusal says what is
// left, and nothing is deleted.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { Perspective } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { ConfirmDelete } from '../../../ui/form/ConfirmDelete';
import { RowToggleButton } from '../../../ui/RowToggleButton';
import type { FieldError } from '../../../ui/form/FieldError';
import { formatNumber } from '../../format/formatNumber';
import { DeleteObjectiveDocument } from '../graphql/deleteObjectiveMutation.generated';
import type { ParentObjectives } from '../utils/parentObjectivesOf';
import { OBJECTIVE_GONE_KEY, scorecardErrorOf } from '../utils/scorecardErrorOf';
import { scorecardMessages } from '../utils/scorecardMessages';
import { ObjectiveForm, type EditedObjective } from './ObjectiveForm';

/** A page-level message after a change (role="status"), or an error that outlives the row. */
export interface ObjectiveNotice {
  tone: 'info' | 'error';
  text: string;
}

export function ObjectiveItem({
  objective,
  scorecardId,
  perspectives,
  parents,
  onChanged,
  onNotice,
}: {
  objective: EditedObjective;
  scorecardId: string;
  perspectives: readonly Perspective[];
  parents: ParentObjectives | null | undefined;
  /** Reloads the strategy map. */
  onChanged: () => unknown;
  onNotice: (notice: ObjectiveNotice | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [remove, { loading: deleting }] = useMutation(DeleteObjectiveDocument);
  const messageOf = scorecardMessages(errors, t);
  const o = objective;

  const open = (next: 'edit' | 'confirm') => {
    setErrors([]);
    onNotice(null);
    setMode((m) => (m === next ? 'view' : next));
  };
  const close = (focus: 'edit' | 'delete') => {
    setMode('view');
    setErrors([]);
    document.getElementById(`${id}-${focus}`)?.focus();
  };
  const gone = async () => {
    onNotice({ tone: 'error', text: t(OBJECTIVE_GONE_KEY) });
    await onChanged();
  };

  const onDelete = async () => {
    setErrors([]);
    try {
      await remove({ variables: { input: { objectiveId: o.id, clientMutationId: newMutationId() } } });
      onNotice({ tone: 'info', text: t('scorecards.objectives.deleted', { code: o.code }) });
      await onChanged();
    } catch (error) {
      const refusal = scorecardErrorOf(error, () => null);
      if (refusal.key === OBJECTIVE_GONE_KEY) await gone();
      else setErrors([refusal]);
    }
  };

  return (
    <li
      data-testid="admin-objective"
      data-objective-id={o.id}
      className="rounded-lg border border-line bg-surface-raised px-3 py-2"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <span className="font-medium">{o.code}</span> · {o.name}{' '}
          <span className="text-sm text-ink-muted">
            {t('scorecards.objectives.weight', { weight: formatNumber(o.weight, 2, locale) })}
          </span>
          {o.parent ? (
            <p className="text-sm text-ink-muted" data-testid="objective-parent-of">
              {t('scorecards.objectives.cascadesFrom', { code: o.parent.code, name: o.parent.name })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <RowToggleButton
            id={`${id}-edit`}
            open={mode === 'edit'}
            rowLabel={o.code}
            testId="objective-edit"
            onClick={() => open('edit')}
          >
            {t('scorecards.objectives.edit')}
          </RowToggleButton>
          <RowToggleButton
            id={`${id}-delete`}
            open={mode === 'confirm'}
            rowLabel={o.code}
            testId="objective-delete"
            onClick={() => open('confirm')}
          >
            {t('scorecards.objectives.delete')}
          </RowToggleButton>
        </div>
      </div>
      {mode === 'edit' ? (
        <div className="pt-3">
          <ObjectiveForm
            scorecardId={scorecardId}
            perspectives={perspectives}
            parents={parents}
            objective={o}
            onSaved={async ({ code, recomputed }) => {
              onNotice({
                tone: 'info',
                text: t(
                  recomputed ? 'scorecards.objectives.updatedRecomputed' : 'scorecards.objectives.updated',
                  { code },
                ),
              });
              close('edit');
              await onChanged();
            }}
            onGone={gone}
            onCancel={() => close('edit')}
          />
        </div>
      ) : null}
      {mode === 'confirm' ? (
        <ConfirmDelete
          id={id}
          question={t('scorecards.objectives.confirmDelete', { code: o.code, name: o.name })}
          error={messageOf('form')}
          deleting={deleting}
          confirmLabel={t('scorecards.objectives.confirm')}
          deletingLabel={t('scorecards.objectives.deleting')}
          cancelLabel={t('scorecards.objective.cancel')}
          testId="objective-delete"
          onConfirm={() => void onDelete()}
          onCancel={() => close('delete')}
        />
      ) : null}
    </li>
  );
}
