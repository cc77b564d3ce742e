// A jabatan's title and level: to add one to the selected unit, or to change one. Checked here;
// problems, the API's too (a title the unit already has), sit next to their field.
import { useTranslation } from 'react-i18next';
import type { PositionLevel } from '../../../gql/graphql';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { POSITION_LEVELS } from '../utils/orgRules';
import { validatePositionDraft, type PositionDraft } from '../utils/validatePositionDraft';
import { OrgDraftForm, type OrgDraftFormProps } from './OrgDraftForm';

const FIELDS = ['title', 'level'] as const;
const EMPTY: PositionDraft = { title: '', level: '' };

/** What is sent: only once checked, so the level is one of the four. */
const fieldsOf = (draft: PositionDraft) => ({
  title: draft.title.trim(),
  level: draft.level as PositionLevel,
});
type PositionFields = ReturnType<typeof fieldsOf>;

export function PositionForm(page: OrgDraftFormProps<PositionDraft, PositionFields>) {
  const { t } = useTranslation();
  return (
    <OrgDraftForm
      {...page}
      fields={FIELDS}
      empty={EMPTY}
      check={validatePositionDraft}
      fieldsOf={fieldsOf}
      headingLevel={5}
    >
      {({ form, draft, edit }) => (
        <>
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
        </>
      )}
    </OrgDraftForm>
  );
}
