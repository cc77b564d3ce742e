// The frame of an editable list's form (see useRowForm), in the words of the catalog's
// `<section>.<thing>` section: headed "add" or "change <code>", then the fields, the note while
// the year is recomputed, the refusal, what was just added, and the buttons, which say what runs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../Notice';
import { FormFrame } from './FormFrame';
import type { RowFormState } from './useRowForm';

export function RowFormFrame({
  row,
  editedCode,
  className,
  added,
  onSubmit,
  onCancel,
  children,
}: {
  row: RowFormState;
  /** The code of the thing changed; a form that adds has none. */
  editedCode: string | undefined;
  className: string;
  /** Said after "added", e.g. a link to the new thing's page. */
  added?: (created: { id: string; code: string }) => ReactNode;
  onSubmit: () => Promise<void>;
  onCancel?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { form, busy, created } = row;
  const { section, thing } = row.naming;
  const words = `${section}.${thing}`;
  const editing = editedCode !== undefined;
  const working = busy === 'recompute' ? 'recomputing' : busy === 'save' ? 'saving' : 'save';
  return (
    <FormFrame
      form={form}
      testId={editing ? `${thing}-edit-form` : `${thing}-form`}
      problemTestId={editing ? `${form.testIdPrefix}-edit-error-form` : form.errorTestId('form')}
      title={editing ? t(`${words}.editTitle`, { code: editedCode }) : t(`${words}.title`)}
      headingLevel={editing ? 4 : 3}
      className={className}
      busy={row.sending}
      sending={row.sending}
      footer={
        created ? (
          <Notice tone="info" testId={`${thing}-created`}>
            {t(`${words}.created`, { code: created.code })}
            {added?.(created)}
          </Notice>
        ) : null
      }
      submitLabel={t(`${words}.${editing ? working : 'submit'}`)}
      cancelLabel={t(`${words}.cancel`)}
      buttonClassName=""
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      {children}
      {busy === 'recompute' ? (
        <Notice tone="info" testId={`${thing}-recomputing`}>
          {t(`${words}.recomputing`)}
        </Notice>
      ) : null}
    </FormFrame>
  );
}
