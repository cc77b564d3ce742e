// A jabatan's title and level: to add one to the selected unit, or to change one. Checked here;
// problems, the API's too (a title the unit already has), sit next to their field.
import { useTranslation } from 'react-i18next';
import type { PositionLevel } from '../../../gql/graphql';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
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
  const levelChoices = POSITION_LEVELS.map((level) => ({ value: level, label: t(`positionLevel.${level}`) }));
  return (
    <OrgDraftForm
      {...page}
      fields={FIELDS}
      empty={EMPTY}
      check={validatePositionDraft}
      fieldsOf={fieldsOf}
      headingLevel={5}
    >
      {({ bind }) => (
        <>
          <FormInput {...bind('title')} />
          <FormSelect {...bind('level')} options={levelChoices} emptyLabel={t('org.choose')} />
        </>
      )}
    </OrgDraftForm>
  );
}
