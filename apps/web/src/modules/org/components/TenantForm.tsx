// A kabupaten/kota's kind, code, name, short name and capital: to add one under the province, or
// to change the selected tenant (its name, short name and capital; kind and code stay). Checked
// here with the API's rules; problems, the API's too, sit next to their field.
import { useTranslation } from 'react-i18next';
import type { TenantKind } from '../../../gql/graphql';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { useDraft } from '../../../ui/form/useDraft';
import { useOrgForm } from '../hooks/useOrgForm';
import {
  REGIONAL_TENANT_KINDS,
  tenantFieldsOf,
  validateTenantDraft,
  type TenantDraft,
} from '../utils/validateTenantDraft';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { FormFrame } from '../../../ui/form/FormFrame';

const FIELDS = ['kind', 'code', 'name', 'shortName', 'capital'] as const;
const EMPTY: TenantDraft = { kind: 'REGENCY', code: '', name: '', shortName: '', capital: '' };

export type TenantFields = ReturnType<typeof tenantFieldsOf>;

export function TenantForm({
  title,
  intro,
  submitLabel,
  initial,
  testId,
  onSave,
  onStale,
}: {
  title: string;
  intro?: string;
  submitLabel: string;
  /** The tenant to change; without it the form adds a new one and starts empty after each. */
  initial?: TenantDraft;
  testId: string;
  /** Writes the checked fields; throws the API's refusal. */
  onSave: (fields: TenantFields, clientMutationId: string) => Promise<unknown>;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const creating = !initial;
  const form = useOrgForm(FIELDS);
  const { draft, edit, reset } = useDraft(initial ?? EMPTY);

  const submit = async () => {
    const found = validateTenantDraft(draft, { creating });
    if ((await form.sendChecked(found, tenantFieldsOf(draft), onSave, onStale)) && creating) reset();
  };

  return (
    <FormFrame
      form={form}
      testId={testId}
      title={title}
      headingLevel={3}
      intro={intro}
      submitLabel={submitLabel}
      onSubmit={submit}
    >
      <div className="grid gap-3 md:grid-cols-2">
        {creating ? (
          <>
            <FormField form={form} field="kind" label={t('org.fields.kind')}>
              {(props) => (
                <select
                  {...props}
                  value={draft.kind}
                  onChange={edit('kind', (value) => value as TenantKind)}
                  className={INPUT_CLASS}
                >
                  {REGIONAL_TENANT_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`tenantKind.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormInput
              form={form}
              field="code"
              label={t('org.fields.code')}
              hint={t('org.fields.tenantCodeHint')}
              autoCapitalize="characters"
              spellCheck={false}
              value={draft.code}
              onChange={edit('code', (value) => value.toUpperCase())}
            />
          </>
        ) : null}
        <FormInput
          form={form}
          field="name"
          label={t('org.fields.name')}
          value={draft.name}
          onChange={edit('name')}
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
          field="capital"
          label={t('org.fields.capital')}
          value={draft.capital}
          onChange={edit('capital')}
        />
      </div>
    </FormFrame>
  );
}
