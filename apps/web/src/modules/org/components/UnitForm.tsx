// An org unit's code, name and short name: to add a unit under the selected node, or to change the
// selected unit. Checked here with the API's rules; problems, the API's too, sit next to their
// field. The code is typed in upper case, as the rule wants it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { useOrgForm } from '../hooks/useOrgForm';
import { unitFieldsOf, validateUnitDraft, type UnitDraft } from '../utils/validateUnitDraft';
import { FormInput } from './FormField';
import { FormProblem } from './FormProblem';

const FIELDS = ['code', 'name', 'shortName'] as const;
const EMPTY: UnitDraft = { code: '', name: '', shortName: '' };

export function UnitForm({
  title,
  description,
  submitLabel,
  initial = EMPTY,
  clearAfterSave = false,
  testId,
  onSave,
  onStale,
}: {
  title: string;
  /** A line under the heading, e.g. what kind of unit is added where. */
  description?: string;
  submitLabel: string;
  initial?: UnitDraft;
  /** A form for new units starts empty again once one is saved. */
  clearAfterSave?: boolean;
  testId: string;
  /** Writes the checked fields; throws the API's refusal. */
  onSave: (fields: UnitDraft, clientMutationId: string) => Promise<unknown>;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useOrgForm(FIELDS);
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateUnitDraft(draft);
    form.show(found);
    if (found.length > 0) return;
    const fields = unitFieldsOf(draft);
    setSaving(true);
    const saved = await form.send(fields, (clientMutationId) => onSave(fields, clientMutationId), onStale);
    setSaving(false);
    if (saved && clearAfterSave) setDraft(EMPTY);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${form.formId}-title`}
      className="flex flex-col gap-3"
      data-testid={testId}
    >
      <h4 id={`${form.formId}-title`} className="font-semibold">
        {title}
      </h4>
      {description ? <p className="text-ink-muted">{description}</p> : null}
      <div className="grid gap-3 md:grid-cols-2">
        <FormInput
          form={form}
          field="code"
          label={t('org.fields.code')}
          hint={t('org.fields.unitCodeHint')}
          autoCapitalize="characters"
          spellCheck={false}
          value={draft.code}
          onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })}
        />
        <FormInput
          form={form}
          field="shortName"
          label={t('org.fields.shortName')}
          value={draft.shortName}
          onChange={(e) => setDraft({ ...draft, shortName: e.target.value })}
        />
        <FormInput
          form={form}
          field="name"
          label={t('org.fields.name')}
          className="md:col-span-2"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </div>
      <FormProblem form={form} testId={`${testId}-error`} />
      <div>
        <Button type="submit" disabled={saving} className="w-full sm:w-auto">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
