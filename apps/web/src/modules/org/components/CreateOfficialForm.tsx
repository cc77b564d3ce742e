// Adds an official (ASN) to the tenant: NIP, name, optionally a vacant position of the selected
// unit, an email address and a phone number. The NIP's rules (18 digits: birth date, appointment
// month, sex, sequence) are checked here, and each broken one is named next to the field.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
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
      {({ form, draft, edit }) => (
        <>
          <FormInput
            form={form}
            field="nip"
            label={t('org.fields.nip')}
            hint={t('org.fields.nipHint')}
            inputMode="numeric"
            spellCheck={false}
            value={draft.nip}
            onChange={edit('nip')}
          />
          <FormInput
            form={form}
            field="name"
            label={t('org.fields.officialName')}
            value={draft.name}
            onChange={edit('name')}
          />
          <FormField
            form={form}
            field="positionId"
            label={t('org.fields.position')}
            className="md:col-span-2"
          >
            {(props) => (
              <select
                {...props}
                value={draft.positionId}
                onChange={edit('positionId')}
                className={INPUT_CLASS}
              >
                <option value="">{t('org.official.noPosition')}</option>
                {vacantPositions.map((position) => (
                  <option key={position.id} value={position.id}>
                    {position.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormInput
            form={form}
            field="email"
            label={t('org.fields.email')}
            type="email"
            value={draft.email}
            onChange={edit('email')}
          />
          <FormInput
            form={form}
            field="phone"
            label={t('org.fields.phone')}
            type="tel"
            value={draft.phone}
            onChange={edit('phone')}
          />
        </>
      )}
    </OrgDraftForm>
  );
}
