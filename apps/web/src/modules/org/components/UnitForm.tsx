// An org unit's code, name and short name: to add a unit under the selected node, or to change the
// selected unit. Checked here with the API's rules; problems, the API's too, sit next to their
// field. The code is typed in upper case, as the rule wants it.
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../../ui/form/FormInput';
import { unitFieldsOf, validateUnitDraft, type UnitDraft } from '../utils/validateUnitDraft';
import { CodeInput } from './CodeInput';
import { OrgDraftForm, type OrgDraftFormProps } from './OrgDraftForm';

const FIELDS = ['code', 'name', 'shortName'] as const;
const EMPTY: UnitDraft = { code: '', name: '', shortName: '' };

export function UnitForm(page: OrgDraftFormProps<UnitDraft, UnitDraft>) {
  const { t } = useTranslation();
  return (
    <OrgDraftForm
      {...page}
      fields={FIELDS}
      empty={EMPTY}
      check={validateUnitDraft}
      fieldsOf={unitFieldsOf}
      headingLevel={4}
    >
      {({ form, bind, draft, set }) => (
        <>
          <CodeInput
            form={form}
            hint={t('org.fields.unitCodeHint')}
            value={draft.code}
            onChange={(code) => set('code', code)}
          />
          <FormInput {...bind('shortName')} />
          <FormInput {...bind('name')} className="md:col-span-2" />
        </>
      )}
    </OrgDraftForm>
  );
}
