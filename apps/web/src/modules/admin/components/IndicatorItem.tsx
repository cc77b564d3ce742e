// One indicator of the chosen objective: its name (to its page), polarity and latest target, with
// “Ubah target” (the targets editor), “Ubah” (the indicator form, prefilled with its definition)
// and “Hapus” (after a confirm step). The API keeps an indicator anything was reported, raised or
// planned on; the refusal says what it already has, and nothing is deleted. A deletion recomputes
// the year's scores, which takes seconds: the confirm step says so while it waits.
import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { useLocale } from '../../../i18n/useLocale';
import { ConfirmDelete } from '../../../ui/form/ConfirmDelete';
import { RowToggleButton } from '../../../ui/RowToggleButton';
import type { FieldError } from '../../../ui/form/FieldError';
import { Notice } from '../../../ui/Notice';
import { formatNumber } from '../../format/formatNumber';
import { DeleteIndicatorDocument } from '../graphql/deleteIndicatorMutation.generated';
import { INDICATOR_GONE_KEY, indicatorErrorOf } from '../utils/indicatorErrorOf';
import { indicatorMessages } from '../utils/indicatorMessages';
import { IndicatorForm, type EditedIndicator } from './IndicatorForm';
import { TargetsEditor, type MonthTarget } from './TargetsEditor';

/** A page-level message after a change (role="status"), or an error that outlives the row. */
export interface IndicatorNotice {
  tone: 'info' | 'error';
  text: string;
}

export function IndicatorItem({
  indicator,
  objectiveId,
  onChanged,
  onNotice,
}: {
  indicator: EditedIndicator & { months: readonly MonthTarget[]; operators: readonly { id: string }[] };
  objectiveId: string;
  /** Reloads the objective's indicators. */
  onChanged: () => unknown;
  onNotice: (notice: IndicatorNotice | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [mode, setMode] = useState<'view' | 'targets' | 'edit' | 'confirm'>('view');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [remove, { loading: deleting }] = useMutation(DeleteIndicatorDocument);
  const messageOf = indicatorMessages(errors, t);
  const i = indicator;

  const toggle = (next: 'targets' | 'edit' | 'confirm') => {
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
    onNotice({ tone: 'error', text: t(INDICATOR_GONE_KEY) });
    await onChanged();
  };

  const onDelete = async () => {
    setErrors([]);
    try {
      await remove({ variables: { input: { indicatorId: i.id, clientMutationId: newMutationId() } } });
      onNotice({ tone: 'info', text: t('admin.indicators.deleted', { code: i.code }) });
      await onChanged();
    } catch (error) {
      const refusal = indicatorErrorOf(error, []);
      if (refusal.key === INDICATOR_GONE_KEY) await gone();
      else setErrors([refusal]);
    }
  };

  const latestTarget = i.months
    .filter((m) => m.target !== null && m.target !== undefined)
    .map((m) => formatNumber(m.target, 2, locale))
    .slice(-1)[0];
  return (
    <li
      data-testid="admin-indicator"
      data-indicator-id={i.id}
      className="rounded-lg border border-line bg-surface-raised p-3"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Link to={`/indicator/${encodeURIComponent(i.id)}`} className="font-semibold underline">
          {i.code} · {i.name}
        </Link>
        <div className="flex flex-wrap gap-2">
          <RowToggleButton open={mode === 'targets'} rowLabel={i.code} onClick={() => toggle('targets')}>
            {t('admin.targets.edit')}
          </RowToggleButton>
          <RowToggleButton
            id={`${id}-edit`}
            open={mode === 'edit'}
            rowLabel={i.code}
            testId="indicator-edit"
            onClick={() => toggle('edit')}
          >
            {t('admin.indicators.edit')}
          </RowToggleButton>
          <RowToggleButton
            id={`${id}-delete`}
            open={mode === 'confirm'}
            rowLabel={i.code}
            testId="indicator-delete"
            onClick={() => toggle('confirm')}
          >
            {t('admin.indicators.delete')}
          </RowToggleButton>
        </div>
      </div>
      <p className="text-sm text-ink-muted">
        {t(`polarity.${i.polarity}`)} · {latestTarget ?? t('admin.targets.none')} {i.unit}
      </p>
      {mode === 'targets' ? (
        <TargetsEditor indicatorId={i.id} polarity={i.polarity} months={i.months} onSaved={onChanged} />
      ) : null}
      {mode === 'edit' ? (
        <div className="pt-3">
          <IndicatorForm
            objectiveId={objectiveId}
            indicator={i}
            operatorIds={i.operators.map((o) => o.id)}
            onSaved={async ({ code, recomputed }) => {
              onNotice({
                tone: 'info',
                text: t(recomputed ? 'admin.indicators.updatedRecomputed' : 'admin.indicators.updated', {
                  code,
                }),
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
          question={t('admin.indicators.confirmDelete', { code: i.code, name: i.name })}
          error={messageOf('form')}
          deleting={deleting}
          busyNotice={
            <Notice tone="info" testId="indicator-deleting">
              {t('admin.indicators.deleting')}
            </Notice>
          }
          confirmLabel={t('admin.indicators.confirm')}
          deletingLabel={t('admin.indicators.deleting')}
          cancelLabel={t('admin.indicator.cancel')}
          testId="indicator-delete"
          onConfirm={() => void onDelete()}
          onCancel={() => close('delete')}
        />
      ) : null}
    </li>
  );
}
