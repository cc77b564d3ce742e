// Adds an official (ASN) to the tenant: NIP, name, optionally a vacant position of the selected
// unit, an email address and a phone number. The NIP's rules (18 digits: birth date, appointment
// month, sex, sequence) are checked here, and each broken one is named next to the field.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { CreateOfficialDocument } from '../graphql/createOfficialMutation.generated';
import { officialFieldsOf, validateOfficialDraft, type OfficialDraft } from '../utils/validateOfficialDraft';
import { OrgDraftForm } from './OrgDraftForm';

const FIELDS = ['nip', 'name', 'positionId', 'email', 'phone'] as const;
const EMPTY: OfficialDraft = { nip: '', name: '', positionId: '', email: '', phone: '' };

export function CreateOfficialForm({
  tenantId,
  vacantPositions,
  onWritten,
  onStale,
}: {
  tenantId: string;
  /** The selected unit's vacant positions (none for the tenant itself). */
  vacantPositions: readonly { id: string; title: string }[];
  onWritten: (message: string) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateOfficialDocument);

  return (
    <OrgDraftForm
      fields={FIELDS}
      empty={EMPTY}
      check={validateOfficialDraft}
      fieldsOf={officialFieldsOf}
      clearAfterSave
      testId="org-official-form"
      problemTestId="org-official-error"
      title={t('org.official.title')}
      headingLevel={4}
      submitLabel={t('org.official.submit')}
      onSave={(input, clientMutationId) =>
        create({ variables: { input: { tenantId, ...input, clientMutationId } } })
      }
      onSaved={(fields) => {
        const position = vacantPositions.find((p) => p.id === fields.positionId);
        onWritten(
          position
            ? t('org.done.officialPlaced', { name: fields.name, title: position.title })
            : t('org.done.officialCreated', { name: fields.name }),
        );
      }}
      onStale={onStale}
    >
      {({ bind }) => (
        <>
          <FormInput {...bind('nip')} hint={t('org.fields.nipHint')} inputMode="numeric" spellCheck={false} />
          <FormInput {...bind('name')} label={t('org.fields.officialName')} />
          <FormSelect
            {...bind('positionId')}
            label={t('org.fields.position')}
            options={vacantPositions.map((position) => ({ value: position.id, label: position.title }))}
            emptyLabel={t('org.official.noPosition')}
            className="md:col-span-2"
          />
          <FormInput {...bind('email')} type="email" />
          <FormInput {...bind('phone')} type="tel" />
        </>
      )}
    </OrgDraftForm>
  );
}
