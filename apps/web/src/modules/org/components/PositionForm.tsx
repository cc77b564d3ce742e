// A jabatan's title and level: to add one to the selected unit, or to change one. Checked here;
// problems, the API's too (a title the unit already has), sit next to their field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionLevel } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { INPUT_CLASS } from '../../../ui/fieldClasses';
import { useOrgForm } from '../hooks/useOrgForm';
import { POSITION_LEVELS } from '../utils/orgRules';
import { validatePositionDraft, type PositionDraft } from '../utils/validatePositionDraft';
import { FormField, FormInput } from './FormField';
import { FormProblem } from './FormProblem';

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
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePositionDraft(draft);
    form.show(found);
    if (found.length > 0 || draft.level === '') return;
    const fields = { title: draft.title.trim(), level: draft.level };
    setSaving(true);
    const saved = await form.send(fields, (clientMutationId) => onSave(fields, clientMutationId), onStale);
    setSaving(false);
    if (saved && clearAfterSave) setDraft(EMPTY);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={title ? `${form.formId}-title` : undefined}
      className="flex flex-col gap-3"
      data-testid={testId}
    >
      {title ? (
        <h5 id={`${form.formId}-title`} className="font-semibold">
          {title}
        </h5>
      ) : null}
      <div className="grid gap-3 md:grid-cols-2">
        <FormInput
          form={form}
          field="title"
          label={t('org.fields.title')}
          value={draft.title}
          onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        />
        <FormField form={form} field="level" label={t('org.fields.level')}>
          {(props) => (
            <select
              {...props}
              value={draft.level}
              onChange={(e) => setDraft({ ...draft, level: e.target.value as PositionLevel | '' })}
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
      <FormProblem form={form} testId={`${testId}-error`} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={saving} className="w-full sm:w-auto">
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button tone="quiet" disabled={saving} className="w-full sm:w-auto" onClick={onCancel}>
            {t('org.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
