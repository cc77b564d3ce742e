// One jabatan of the selected unit: title, level and holder (or "Lowong"). Change its title or
// level; delete it when vacant (after a confirmation); place an official without a position in a
// vacant one; vacate a held one (the official keeps their record). A holder's scorecard of the
// year is shown, or can be created.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { DeletePositionDocument } from '../graphql/deletePositionMutation.generated';
import type { PositionFieldsFragment } from '../graphql/positionFieldsFragment.generated';
import { UpdateOfficialDocument } from '../graphql/updateOfficialMutation.generated';
import { UpdatePositionDocument } from '../graphql/updatePositionMutation.generated';
import { useForm } from '../../../ui/form/useForm';
import { orgFormOptions } from '../utils/orgFormOptions';
import { ConfirmDelete } from '../../../ui/form/ConfirmDelete';
import { FormField } from '../../../ui/form/FormField';
import { FormProblem } from '../../../ui/form/FormProblem';
import { PositionForm } from './PositionForm';
import { ScorecardPanel } from './ScorecardPanel';

type Mode = 'view' | 'edit' | 'confirmDelete' | 'fill';

export function PositionRow({
  position,
  unplaced,
  year,
  onWritten,
  onStale,
}: {
  position: PositionFieldsFragment;
  /** Officials of the tenant without a position: who can fill a vacant one. */
  unplaced: readonly { id: string; nip: string; name: string }[];
  year: number;
  onWritten: (message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(orgFormOptions(['officialId']));
  const [mode, setMode] = useState<Mode>('view');
  const [officialId, setOfficialId] = useState('');
  const [updatePosition] = useMutation(UpdatePositionDocument);
  const [deletePosition, deleting] = useMutation(DeletePositionDocument);
  const [updateOfficial, updatingOfficial] = useMutation(UpdateOfficialDocument);
  const busy = deleting.loading || updatingOfficial.loading;
  const { holder, title } = position;

  const open = (next: Mode) => {
    form.show([]);
    setOfficialId('');
    setMode(next);
  };

  const remove = async () => {
    const deleted = await form.send(
      { delete: position.id },
      (clientMutationId) =>
        deletePosition({ variables: { input: { positionId: position.id, clientMutationId } } }),
      onStale,
    );
    setMode('view');
    if (deleted) onWritten(t('org.done.positionDeleted', { title }));
  };

  // Moving an official sends only the name with the position: email and phone stay as they are.
  const moveOfficial = (official: { id: string; name: string }, positionId: string | null) =>
    form.send(
      { officialId: official.id, positionId },
      (clientMutationId) =>
        updateOfficial({
          variables: {
            input: { officialId: official.id, name: official.name, positionId, clientMutationId },
          },
        }),
      onStale,
    );

  const fill = async (event: FormEvent) => {
    event.preventDefault();
    const official = unplaced.find((o) => o.id === officialId);
    if (!official) {
      form.show([{ field: 'officialId', key: 'org.errors.officialRequired' }]);
      return;
    }
    if (await moveOfficial(official, position.id)) {
      setMode('view');
      onWritten(t('org.done.placed', { name: official.name, title }));
    }
  };

  const vacate = async () => {
    if (holder && (await moveOfficial(holder, null)))
      onWritten(t('org.done.vacated', { name: holder.name, title }));
  };

  return (
    <li
      className="flex min-w-0 flex-col gap-3 rounded-lg border border-line bg-surface-raised p-3"
      data-testid="org-position"
      data-position-id={position.id}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h5 className="min-w-0 font-semibold break-words">{title}</h5>
        <span className="text-sm text-ink-muted">{t(`positionLevel.${position.level}`)}</span>
      </div>
      <p data-testid="org-position-holder" className="break-words">
        {holder ? (
          t('org.positions.holder', { name: holder.name, nip: holder.nip })
        ) : (
          <span className="rounded-full border border-line px-2 py-0.5 text-sm font-medium">
            {t('org.positions.vacant')}
          </span>
        )}
      </p>

      {mode === 'edit' ? (
        <PositionForm
          submitLabel={t('org.positions.save')}
          initial={{ title, level: position.level }}
          testId="org-position-edit"
          onSave={async (fields, clientMutationId) => {
            await updatePosition({
              variables: { input: { positionId: position.id, ...fields, clientMutationId } },
            });
            setMode('view');
            onWritten(t('org.done.positionUpdated', { title: fields.title }));
          }}
          onCancel={() => open('view')}
          onStale={onStale}
        />
      ) : null}

      {mode === 'fill' ? (
        unplaced.length === 0 ? (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-ink-muted">{t('org.positions.noUnplaced')}</p>
            <Button tone="quiet" onClick={() => open('view')}>
              {t('org.cancel')}
            </Button>
          </div>
        ) : (
          <form
            noValidate
            onSubmit={(e) => void fill(e)}
            className="flex flex-col gap-3 sm:flex-row sm:items-end"
          >
            <FormField
              form={form}
              field="officialId"
              label={t('org.positions.fillWho', { title })}
              className="sm:flex-1"
            >
              {(props) => (
                <select
                  {...props}
                  value={officialId}
                  onChange={(e) => setOfficialId(e.target.value)}
                  className={INPUT_CLASS}
                >
                  <option value="">{t('org.choose')}</option>
                  {unplaced.map((official) => (
                    <option key={official.id} value={official.id}>
                      {t('org.positions.holder', { name: official.name, nip: official.nip })}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={busy}>
                {t('org.positions.fill')}
              </Button>
              <Button tone="quiet" disabled={busy} onClick={() => open('view')}>
                {t('org.cancel')}
              </Button>
            </div>
          </form>
        )
      ) : null}

      {mode === 'confirmDelete' ? (
        <ConfirmDelete
          id={form.formId}
          question={t('org.positions.confirmDelete', { title })}
          deleting={busy}
          confirmLabel={t('org.positions.deleteYes')}
          cancelLabel={t('org.cancel')}
          look="bar"
          focusCancel
          onConfirm={() => void remove()}
          onCancel={() => open('view')}
        />
      ) : null}

      <FormProblem form={form} testId="org-position-error" />

      {mode === 'view' ? (
        <div className="flex flex-wrap gap-2">
          <Button
            tone="quiet"
            aria-label={t('org.positions.editLabel', { title })}
            onClick={() => open('edit')}
          >
            {t('org.positions.edit')}
          </Button>
          {holder ? (
            <Button
              tone="quiet"
              disabled={busy}
              aria-label={t('org.positions.vacateLabel', { title })}
              onClick={() => void vacate()}
            >
              {t('org.positions.vacate')}
            </Button>
          ) : (
            <>
              <Button
                tone="quiet"
                aria-label={t('org.positions.fillLabel', { title })}
                onClick={() => open('fill')}
              >
                {t('org.positions.fill')}
              </Button>
              <Button
                tone="quiet"
                aria-label={t('org.positions.deleteLabel', { title })}
                onClick={() => open('confirmDelete')}
              >
                {t('org.positions.delete')}
              </Button>
            </>
          )}
        </div>
      ) : null}

      {holder ? (
        <ScorecardPanel
          owner={{ id: holder.id, shortName: holder.name }}
          year={year}
          scorecard={holder.scorecard}
          collapsed
          onCreated={(name) => onWritten(t('org.done.scorecardCreated', { name }))}
          onDeleted={(name) => onWritten(t('org.done.scorecardDeleted', { name }))}
          onStale={onStale}
        />
      ) : null}
    </li>
  );
}
