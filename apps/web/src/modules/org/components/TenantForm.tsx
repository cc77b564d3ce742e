// A kabupaten/kota's kind, code, name, short name and capital: to add one under the province, or
// to change the selected tenant (its name, short name and capital; kind and code stay). Checked
// here with the API's rules; problems, the API's too, sit next to their field.
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
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
  const kindChoices = REGIONAL_TENANT_KINDS.map((kind) => ({ value: kind, label: t(`tenantKind.${kind}`) }));
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
      {({ form, bind, draft, set }) => (
        <>
          {creating ? (
            <>
              <FormSelect {...bind('kind')} options={kindChoices} />
              <CodeInput
                form={form}
                hint={t('org.fields.tenantCodeHint')}
                value={draft.code}
                onChange={(code) => set('code', code)}
              />
            </>
          ) : null}
          {(['name', 'shortName', 'capital'] as const).map((field) => (
            <FormInput key={field} {...bind(field)} />
          ))}
        </>
      )}
    </OrgDraftForm>
  );
}
