// One indicator of the chosen objective: its name (to its page), polarity and latest target, with
// “Ubah target” (the targets editor), “Ubah” (the indicator form, prefilled with its definition)
// and “Hapus” (after a confirm step). The API keeps an indicator anything was reported, raised or
// planned on; the refusal says what it already has, and nothing is deleted. A deletion recomputes
// the year's scores, which takes seconds: the confirm step says so while it waits.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/useLocale';
import { EditableRow } from '../../../ui/form/EditableRow';
import type { RowNotice } from '../../../ui/form/RowNotice';
import { useEditableRow } from '../../../ui/form/useEditableRow';
import { Notice } from '../../../ui/Notice';
import { formatNumber } from '../../format/formatNumber';
import { DeleteIndicatorDocument } from '../graphql/deleteIndicatorMutation.generated';
import { indicatorErrorOf } from '../utils/indicatorErrorOf';
import { indicatorMessages } from '../utils/indicatorMessages';
import { IndicatorForm, type EditedIndicator } from './IndicatorForm';
import { TargetsEditor, type MonthTarget } from './TargetsEditor';

export function IndicatorItem({
  indicator: i,
  objectiveId,
  ...page
}: {
  indicator: EditedIndicator & { months: readonly MonthTarget[]; operators: readonly { id: string }[] };
  objectiveId: string;
  /** Reloads the objective's indicators. */
  onChanged: () => unknown;
  onNotice: (notice: RowNotice | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [remove] = useMutation(DeleteIndicatorDocument);
  const row = useEditableRow({
    ...page,
    naming: { section: 'admin', thing: 'indicator' },
    item: i,
    errorOf: (error) => indicatorErrorOf(error, []),
    messagesOf: indicatorMessages,
    remove: (clientMutationId) => remove({ variables: { input: { indicatorId: i.id, clientMutationId } } }),
  });

  const latestTarget = i.months
    .filter((m) => m.target !== null && m.target !== undefined)
    .map((m) => formatNumber(m.target, 2, locale))
    .slice(-1)[0];
  return (
    <EditableRow
      row={row}
      className="p-3"
      summary={
        <Link to={`/indicator/${encodeURIComponent(i.id)}`} className="font-semibold underline">
          {i.code} · {i.name}
        </Link>
      }
      panels={[{ panel: 'targets', label: t('admin.targets.edit') }]}
      busyNotice={
        <Notice tone="info" testId="indicator-deleting">
          {t('admin.indicators.deleting')}
        </Notice>
      }
      form={(events) => (
        <IndicatorForm
          objectiveId={objectiveId}
          indicator={i}
          operatorIds={i.operators.map((o) => o.id)}
          {...events}
        />
      )}
    >
      <p className="text-sm text-ink-muted">
        {t(`polarity.${i.polarity}`)} · {latestTarget ?? t('admin.targets.none')} {i.unit}
      </p>
      {row.open === 'targets' ? (
        <TargetsEditor indicatorId={i.id} polarity={i.polarity} months={i.months} onSaved={page.onChanged} />
      ) : null}
    </EditableRow>
  );
}
