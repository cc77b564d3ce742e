// An org unit's code, name and short name: to add a unit under the selected node, or to change the
// selected unit. Checked here with the API's rules; problems, the API's too, sit next to their
// field. The code is typed in upper case, as the rule wants it.
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../../ui/form/useDraft';
import { useOrgForm } from '../hooks/useOrgForm';
import { unitFieldsOf, validateUnitDraft, type UnitDraft } from '../utils/validateUnitDraft';
import { FormInput } from '../../../ui/form/FormInput';
import { FormFrame } from '../../../ui/form/FormFrame';

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
  const { draft, edit, reset } = useDraft(initial);

  const submit = async () => {
    const found = validateUnitDraft(draft);
    if ((await form.sendChecked(found, unitFieldsOf(draft), onSave, onStale)) && clearAfterSave) reset();
  };

  return (
    <FormFrame
      form={form}
      testId={testId}
      title={title}
      headingLevel={4}
      intro={description}
      submitLabel={submitLabel}
      onSubmit={submit}
    >
      <div className="grid gap-3 md:grid-cols-2">
        <FormInput
          form={form}
          field="code"
          label={t('org.fields.code')}
          hint={t('org.fields.unitCodeHint')}
          autoCapitalize="characters"
          spellCheck={false}
          value={draft.code}
          onChange={edit('code', (value) => value.toUpperCase())}
        />
        <FormInput
          form={form}
          field="shortName"
          label={t('org.fields.shortName')}
          value={draft.shortName}
          onChange={edit('shortName')}
        />
        <FormInput
          form={form}
          field="name"
          label={t('org.fields.name')}
          className="md:col-span-2"
          value={draft.name}
          onChange={edit('name')}
        />
      </div>
    </FormFrame>
  );
}
