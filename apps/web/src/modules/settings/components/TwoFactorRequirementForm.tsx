// Whether the tenant requires two-step verification of its administrators and leaders: saved as
// soon as it is changed. Only an administrator who uses it may turn it on (the API says so).
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { SetTwoFactorRequirementDocument } from '../graphql/setTwoFactorRequirementMutation.generated';
import { SettingSwitch } from './SettingSwitch';

export function TwoFactorRequirementForm({
  tenantId,
  required,
  onSaved,
}: {
  tenantId: string;
  required: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [save] = useMutation(SetTwoFactorRequirementDocument);
  return (
    <SettingSwitch
      title={t('settings.twoFactor.title')}
      label={t('settings.twoFactor.label')}
      hint={t('settings.twoFactor.hint')}
      checked={required}
      save={async (next) => {
        await save({ variables: { input: { tenantId, required: next, clientMutationId: newMutationId() } } });
        await onSaved();
      }}
      savedText={t('settings.twoFactor.saved')}
      refusalText={(error) =>
        apiErrorOf(error).rule === 'ownTwoFactorFirst'
          ? t('settings.twoFactor.ownFirst')
          : t('settings.twoFactor.failed')
      }
    />
  );
}
