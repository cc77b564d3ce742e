// A form of the organisation page over a draft (see DraftForm): the org's reading of the API's
// refusals, its cancel button, and the fields in two columns.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftForm, type DraftFormProps } from '../../../ui/form/DraftForm';
import { orgFormOptions } from '../utils/orgFormOptions';

/** What the page gives such a form: its texts, what it starts from, where it is written. */
export type OrgDraftFormProps<D extends object, F> = Pick<
  DraftFormProps<D, F, unknown>,
  | 'title'
  | 'intro'
  | 'submitLabel'
  | 'testId'
  | 'initial'
  | 'clearAfterSave'
  | 'onSave'
  | 'onCancel'
  | 'onStale'
>;

export function OrgDraftForm<D extends object, F>({
  fields,
  children,
  ...props
}: Omit<DraftFormProps<D, F, unknown>, 'errorOf' | 'labels' | 'children'> & {
  /** The form's fields: the API's refusal of another one is said on the form. */
  fields: readonly string[];
  children: DraftFormProps<D, F, unknown>['children'];
}) {
  const { t } = useTranslation();
  return (
    <DraftForm {...props} {...orgFormOptions(fields)} labels="org.fields" cancelLabel={t('org.cancel')}>
      {(drafted): ReactNode => <div className="grid gap-3 md:grid-cols-2">{children(drafted)}</div>}
    </DraftForm>
  );
}
