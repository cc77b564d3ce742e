// Whether evidence photos keep their metadata (location, time, camera): stripped unless the
// tenant decides otherwise, saved as soon as it is changed.
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { SetPhotoMetadataKeptDocument } from '../graphql/setPhotoMetadataKeptMutation.generated';
import { SettingSwitch } from './SettingSwitch';

export function PhotoMetadataForm({
  tenantId,
  keep,
  onSaved,
}: {
  tenantId: string;
  keep: boolean;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [save] = useMutation(SetPhotoMetadataKeptDocument);
  return (
    <SettingSwitch
      title={t('settings.photoMetadata.title')}
      label={t('settings.photoMetadata.label')}
      hint={t('settings.photoMetadata.hint')}
      checked={keep}
      save={async (next) => {
        await save({ variables: { input: { tenantId, keep: next, clientMutationId: newMutationId() } } });
        await onSaved();
      }}
      savedText={t('settings.photoMetadata.saved')}
      refusalText={() => t('settings.photoMetadata.failed')}
    />
  );
}
