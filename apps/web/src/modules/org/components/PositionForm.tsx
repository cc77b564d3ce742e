// A jabatan's title and level: to add one to the selected unit, or to change one. Checked here;
// problems, the API's too (a title the unit already has), sit next to their field.
import { useTranslation } from 'react-i18next';
import type { PositionLevel } from '../../../gql/graphql';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { useDraft } from '../../../ui/form/useDraft';
import { useOrgForm } from '../hooks/useOrgForm';
import { POSITION_LEVELS } from '../utils/orgRules';
import { validatePositionDraft, type PositionDraft } from '../utils/validatePositionDraft';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { FormFrame } from '../../../ui/form/FormFrame';

const FIELDS = ['title', 'level'] as const;
const EMPTY: PositionDraft = { title: '', level: '' };

export function PositionForm({
  title,
  submitLabel,
  initial = EMPTY,
  clearAfterSave = false,
  testId,
  onSave,
  onCancel,
  onStale,
}: {
  /** The form's heading; an inline edit goes without one. */
  title?: string;
  submitLabel: string;
  initial?: PositionDraft;
  clearAfterSave?: boolean;
  testId: string;
  /** Writes the checked fields; throws the API's refusal. */
  onSave: (fields: { title: string; level: PositionLevel }, clientMutationId: string) => Promise<unknown>;
  onCancel?: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useOrgForm(FIELDS);
  const { draft, edit, reset } = useDraft(initial);

  const submit = async () => {
    const found = validatePositionDraft(draft);
    form.show(found);
    if (found.length > 0 || draft.level === '') return;
    const fields = { title: draft.title.trim(), level: draft.level };
    const saved = await form.send(fields, (clientMutationId) => onSave(fields, clientMutationId), onStale);
    if (saved && clearAfterSave) reset();
  };

  return (
    <FormFrame
      form={form}
      testId={testId}
      title={title}
      headingLevel={5}
      submitLabel={submitLabel}
      onSubmit={submit}
      cancelLabel={t('org.cancel')}
      onCancel={onCancel}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <FormInput
          form={form}
          field="title"
          label={t('org.fields.title')}
          value={draft.title}
          onChange={edit('title')}
        />
        <FormField form={form} field="level" label={t('org.fields.level')}>
          {(props) => (
            <select
              {...props}
              value={draft.level}
              onChange={edit('level', (value) => value as PositionLevel | '')}
              className={INPUT_CLASS}
            >
              <option value="">{t('org.choose')}</option>
              {POSITION_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`positionLevel.${level}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
    </FormFrame>
  );
}
