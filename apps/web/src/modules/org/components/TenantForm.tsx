// Adds a kabupaten or kota under the province: kind, code, name, short name and (optionally) the
// capital. Checked here with the API's rules; problems, the API's too, sit next to their field.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantKind } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { INPUT_CLASS } from '../../../ui/fieldClasses';
import { CreateTenantDocument } from '../graphql/createTenantMutation.generated';
import { useOrgForm } from '../hooks/useOrgForm';
import {
  REGIONAL_TENANT_KINDS,
  tenantFieldsOf,
  validateTenantDraft,
  type TenantDraft,
} from '../utils/validateTenantDraft';
import { FormField, FormInput } from './FormField';
import { FormProblem } from './FormProblem';

const FIELDS = ['kind', 'code', 'name', 'shortName', 'capital'] as const;
const EMPTY: TenantDraft = { kind: 'REGENCY', code: '', name: '', shortName: '', capital: '' };

export function CreateTenantForm({
  province,
  onCreated,
  onStale,
}: {
  province: { id: string; name: string };
  onCreated: (name: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const form = useOrgForm(FIELDS);
  const [draft, setDraft] = useState(EMPTY);
  const [create, { loading }] = useMutation(CreateTenantDocument);
  const edit = (field: keyof TenantDraft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateTenantDraft(draft);
    form.show(found);
    if (found.length > 0) return;
    const fields = tenantFieldsOf(draft);
    const created = await form.send(
      fields,
      (clientMutationId) =>
        create({ variables: { input: { parentTenantId: province.id, ...fields, clientMutationId } } }),
      onStale,
    );
    if (!created) return;
    setDraft(EMPTY);
    onCreated(fields.name);
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${form.formId}-title`}
      className="flex flex-col gap-3"
      data-testid="org-tenant-form"
    >
      <h3 id={`${form.formId}-title`} className="text-lg font-semibold">
        {t('org.tenantCreate.title')}
      </h3>
      <p className="text-ink-muted">{t('org.tenantCreate.intro', { province: province.name })}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <FormField form={form} field="kind" label={t('org.fields.kind')}>
          {(props) => (
            <select
              {...props}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as TenantKind })}
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
        <FormField
          form={form}
          field="code"
          label={t('org.fields.code')}
          hint={t('org.fields.tenantCodeHint')}
        >
          {(props) => (
            <input
              {...props}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={draft.code}
              onChange={(e) => setDraft({ ...draft, code: e.target.value.toUpperCase() })}
              className={INPUT_CLASS}
            />
          )}
        </FormField>
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
      <FormProblem form={form} testId="org-tenant-error" />
      <div>
        <Button type="submit" disabled={loading} className="w-full sm:w-auto">
          {t('org.tenantCreate.submit')}
        </Button>
      </div>
    </form>
  );
}
