// A row of an editable list: what it shows, its buttons (the row's own panels, then "edit" and
// "delete"), the panels they open under it, its form when editing, and the confirm step of its
// deletion, where the API's refusal says what the thing still has.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowToggleButton } from '../RowToggleButton';
import { ConfirmDelete } from './ConfirmDelete';
import type { EditableRowState } from './useEditableRow';

export function EditableRow({
  row,
  className,
  summary,
  panels = [],
  busyNotice,
  form,
  children,
}: {
  row: EditableRowState;
  /** The row's padding. */
  className: string;
  /** What the row shows beside its buttons. */
  summary: ReactNode;
  /** The row's own panels, before "edit" and "delete": what opens each, shown in `children`. */
  panels?: readonly { panel: string; label: string }[];
  /** Shown while the deletion runs, when it takes long enough to need saying. */
  busyNotice?: ReactNode;
  /** The row's form, given where it reports (see useEditableRow). */
  form: (events: EditableRowState['formEvents']) => ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { item, thing, words, formWords } = row;
  const buttons: readonly { panel: string; label: string; testId?: string }[] = [
    ...panels,
    { panel: 'edit', label: t(`${words}.edit`), testId: `${thing}-edit` },
    { panel: 'delete', label: t(`${words}.delete`), testId: `${thing}-delete` },
  ];
  return (
    <li
      data-testid={`admin-${thing}`}
      {...{ [`data-${thing}-id`]: item.id }}
      className={`rounded-lg border border-line bg-surface-raised ${className}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        {summary}
        <div className="flex flex-wrap gap-2">
          {buttons.map((button) => (
            <RowToggleButton
              key={button.panel}
              id={row.buttonId(button.panel)}
              open={row.open === button.panel}
              rowLabel={item.code}
              testId={button.testId}
              onClick={() => row.toggle(button.panel)}
            >
              {button.label}
            </RowToggleButton>
          ))}
        </div>
      </div>
      {children}
      {row.open === 'edit' ? <div className="pt-3">{form(row.formEvents)}</div> : null}
      {row.open === 'delete' ? (
        <ConfirmDelete
          id={row.id}
          question={t(`${words}.confirmDelete`, { code: item.code, name: item.name })}
          error={row.messageOf('form')}
          deleting={row.deleting}
          busyNotice={busyNotice}
          confirmLabel={t(`${words}.confirm`)}
          deletingLabel={t(`${words}.deleting`)}
          cancelLabel={t(`${formWords}.cancel`)}
          testId={`${thing}-delete`}
          onConfirm={() => void row.confirmDelete()}
          onCancel={() => row.close('delete')}
        />
      ) : null}
    </li>
  );
}
