// Registers a wall screen: a name, the tenant or OPD it shows, and its panels. Problems are checked
// here with the API's rules and shown next to their field, as the API's own refusals are.
import { useTranslation } from 'react-i18next';
import { CreateForm } from '../../../ui/form/CreateForm';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { wallPanels } from '../../wall/utils/wallPanels';
import { CreateWallDeviceDocument } from '../graphql/createWallDeviceMutation.generated';
import type { WallDeviceFieldsFragment } from '../graphql/wallDeviceFieldsFragment.generated';
import type { DeviceDraft } from '../types/DeviceDraft';
import { deviceErrorOf } from '../utils/deviceErrorOf';
import { orderedPlaylist } from '../utils/orderedPlaylist';
import { scopeChoicesOf } from '../utils/scopeChoicesOf';
import type { DeviceScopeOption } from '../utils/scopeOptionsOf';
import { DEVICE_NAME_MAX_LENGTH, validateDevice } from '../utils/validateDevice';
import { PlaylistFields } from './PlaylistFields';

/** What is sent: the name trimmed, the panels in the wall's order. */
const deviceFieldsOf = ({ name, scopeId, playlist }: DeviceDraft) => ({
  name: name.trim(),
  scopeId,
  playlist: orderedPlaylist(playlist),
});

export function CreateDeviceForm({
  scopes,
  onCreated,
}: {
  /** The tenant first, then its OPDs. */
  scopes: readonly DeviceScopeOption[];
  onCreated: (device: WallDeviceFieldsFragment, token: string) => void;
}) {
  const { t } = useTranslation();
  const empty: DeviceDraft = { name: '', scopeId: scopes[0]?.id ?? '', playlist: new Set(wallPanels) };

  return (
    <CreateForm
      thing="device"
      catalog="devices.create"
      errorOf={deviceErrorOf}
      check={validateDevice}
      empty={empty}
      fieldsOf={deviceFieldsOf}
      clearAfterSave
      mutation={CreateWallDeviceDocument}
      answerOf={(data) => data.createWallDevice}
      onSaved={(_, { device, token }) => onCreated(device, token)}
    >
      {({ form, bind, draft, set }) => (
        <>
          <div className="grid gap-4 md:grid-cols-2">
            <FormInput
              {...bind('name')}
              maxLength={DEVICE_NAME_MAX_LENGTH + 1}
              placeholder={t('devices.create.namePlaceholder')}
            />
            <FormSelect
              {...bind('scopeId')}
              label={t('devices.create.scope')}
              options={scopeChoicesOf(scopes, (name) => t('devices.create.wholeTenant', { name }))}
              errorTestId="device-error-scope"
            />
          </div>
          {/* Carries the field's id: a message on the panels puts the keyboard on their first box. */}
          <div id={form.inputId('playlist')}>
            <PlaylistFields
              legend={t('devices.create.playlist')}
              value={draft.playlist}
              error={form.messageOf('playlist')}
              disabled={form.sending}
              onChange={(playlist) => set('playlist', playlist)}
            />
          </div>
        </>
      )}
    </CreateForm>
  );
}
