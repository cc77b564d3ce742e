// A kabupaten/kota's kind, code, name, short name and capital: to add one under the province, or
// to change the selected tenant (its name, short name and capital; kind and code stay). Checked
// here with the API's rules; problems, the API's too, sit next to their field.
import { useTranslation } from 'react-i18next';
import type { TenantKind } from '../../../gql/graphql';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import {
  REGIONAL_TENANT_KINDS,
  tenantFieldsOf,
  validateTenantDraft,
  type TenantDraft,
} from '../utils/validateTenantDraft';
import { CodeInput } from './CodeInput';
import { OrgDraftForm, type OrgDraftFormProps } from './OrgDraftForm';

const FIELDS = ['kind', 'code', 'name', 'shortName', 'capital'] as const;
const EMPTY: TenantDraft = { kind: 'REGENCY', code: '', name: '', shortName: '', capital: '' };

export type TenantFields = ReturnType<typeof tenantFieldsOf>;

/** Given `initial`, changes that tenant; else adds a new one and starts empty after each. */
export function TenantForm(page: OrgDraftFormProps<TenantDraft, TenantFields>) {
  const { t } = useTranslation();
  const creating = !page.initial;
  return (
    <OrgDraftForm
      {...page}
      fields={FIELDS}
      empty={EMPTY}
      check={(draft) => validateTenantDraft(draft, { creating })}
      fieldsOf={tenantFieldsOf}
      clearAfterSave={creating}
      headingLevel={3}
    >
      {({ form, draft, set, edit }) => (
        <>
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
              <CodeInput
                form={form}
                hint={t('org.fields.tenantCodeHint')}
                value={draft.code}
                onChange={(code) => set('code', code)}
              />
            </>
          ) : null}
          {(['name', 'shortName', 'capital'] as const).map((field) => (
            <FormInput
              key={field}
              form={form}
              field={field}
              label={t(`org.fields.${field}`)}
              value={draft[field]}
              onChange={edit(field)}
            />
          ))}
        </>
      )}
    </OrgDraftForm>
  );
}
