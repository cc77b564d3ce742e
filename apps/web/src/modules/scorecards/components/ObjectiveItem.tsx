// One objective of the strategy map: code, name, weight and the objective it cascades from, with
// “Ubah” (the objective form, prefilled) and “Hapus” (after a confirm step). The API refuses to
// delete an objective that still has indicators or cascaded objectives; the refusal says what is
// left, and nothing is deleted.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../gql/graphql';
import { useLocale } from '../../../i18n/useLocale';
import { EditableRow } from '../../../ui/form/EditableRow';
import type { RowNotice } from '../../../ui/form/RowNotice';
import { useEditableRow } from '../../../ui/form/useEditableRow';
import { formatNumber } from '../../format/formatNumber';
import { DeleteObjectiveDocument } from '../graphql/deleteObjectiveMutation.generated';
import type { ParentObjectives } from '../utils/parentObjectivesOf';
import { scorecardErrorOf } from '../utils/scorecardErrorOf';
import { scorecardMessages } from '../utils/scorecardMessages';
import { ObjectiveForm, type EditedObjective } from './ObjectiveForm';

export function ObjectiveItem({
  objective: o,
  scorecardId,
  perspectives,
  parents,
  ...page
}: {
  objective: EditedObjective;
  scorecardId: string;
  perspectives: readonly Perspective[];
  parents: ParentObjectives | null | undefined;
  /** Reloads the strategy map. */
  onChanged: () => unknown;
  onNotice: (notice: RowNotice | null) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [remove] = useMutation(DeleteObjectiveDocument);
  // The deletion names no form field: any refusal is said on the confirm step.
  const errorOf = (error: unknown) => scorecardErrorOf(error, () => null);
  const removeObjective = (clientMutationId: string) =>
    remove({ variables: { input: { objectiveId: o.id, clientMutationId } } });
  const row = useEditableRow({
    ...page,
    naming: { section: 'scorecards', thing: 'objective' },
    item: o,
    errorOf,
    messagesOf: scorecardMessages,
    remove: removeObjective,
  });

  return (
    <EditableRow
      row={row}
      className="px-3 py-2"
      summary={
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
      }
      form={(events) => (
        <ObjectiveForm
          scorecardId={scorecardId}
          perspectives={perspectives}
          parents={parents}
          objective={o}
          {...events}
        />
      )}
    />
  );
}
