// Registers a wall screen: a name, the tenant or OPD it shows, and its panels. Problems are checked
// here with the API's rules and shown next to their field, as the API's own refusals are.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import type { WallPanelId } from '../../wall/types/WallPanelId';
import { wallPanels } from '../../wall/utils/wallPanels';
import { CreateWallDeviceDocument } from '../graphql/createWallDeviceMutation.generated';
import type { WallDeviceFieldsFragment } from '../graphql/wallDeviceFieldsFragment.generated';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { deviceErrorOf } from '../utils/deviceErrorOf';
import { orderedPlaylist } from '../utils/orderedPlaylist';
import type { DeviceScopeOption } from '../utils/scopeOptionsOf';
import { DEVICE_NAME_MAX_LENGTH, validateDevice } from '../utils/validateDevice';
import { PlaylistFields } from './PlaylistFields';

export function CreateDeviceForm({
  scopes,
  onCreated,
}: {
  /** The tenant first, then its OPDs. */
  scopes: readonly DeviceScopeOption[];
  onCreated: (device: WallDeviceFieldsFragment, token: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const scopeRef = useRef<HTMLSelectElement>(null);
  const playlistRef = useRef<HTMLDivElement>(null);
  const [name, setName] = useState('');
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [playlist, setPlaylist] = useState<ReadonlySet<WallPanelId>>(() => new Set(wallPanels));
  const [errors, setErrors] = useState<FormMessage[]>([]);
  // A resend of the same request (after a lost answer) reuses its id, so it creates one device.
  const pending = useRef<{ request: string; clientMutationId: string } | null>(null);
  const [create, { loading }] = useMutation(CreateWallDeviceDocument);

  const messageOf = (field: string) => {
    const found = errors.find((e) => e.field === field);
    return found ? t(found.key, found.params) : null;
  };
  const focusFirst = (found: readonly FormMessage[]) => {
    const field = found[0]?.field;
    if (field === 'name') nameRef.current?.focus();
    else if (field === 'scopeId') scopeRef.current?.focus();
    else if (field === 'playlist') playlistRef.current?.querySelector('input')?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateDevice({ name, scopeId, playlist });
    setErrors(found);
    if (found.length > 0) {
      focusFirst(found);
      return;
    }
    const fields = { name: name.trim(), scopeId, playlist: orderedPlaylist(playlist) };
    const request = JSON.stringify(fields);
    if (pending.current?.request !== request)
      pending.current = { request, clientMutationId: newMutationId() };
    try {
      const result = await create({
        variables: { input: { ...fields, clientMutationId: pending.current.clientMutationId } },
      });
      const created = result.data?.createWallDevice;
      if (!created) throw new Error('no answer');
      pending.current = null;
      setName('');
      setScopeId(scopes[0]?.id ?? '');
      setPlaylist(new Set(wallPanels));
      onCreated(created.device, created.token);
    } catch (error) {
      const message = deviceErrorOf(error);
      setErrors([message]);
      focusFirst([message]);
    }
  };

  const nameError = messageOf('name');
  const scopeError = messageOf('scopeId');
  const formError = messageOf('form');
  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-4"
      data-testid="device-create-form"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('devices.create.title')}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-name`} className="font-medium">
            {t('devices.create.name')}
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            name="name"
            autoComplete="off"
            maxLength={DEVICE_NAME_MAX_LENGTH + 1}
            placeholder={t('devices.create.namePlaceholder')}
            value={name}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-name-error` : undefined}
            onChange={(e) => setName(e.target.value)}
            className={INPUT_CLASS}
          />
          <FieldMessage id={`${id}-name-error`} message={nameError} testId="device-error-name" />
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor={`${id}-scope`} className="font-medium">
            {t('devices.create.scope')}
          </label>
          <select
            ref={scopeRef}
            id={`${id}-scope`}
            name="scopeId"
            value={scopeId}
            aria-invalid={scopeError ? true : undefined}
            aria-describedby={scopeError ? `${id}-scope-error` : undefined}
            onChange={(e) => setScopeId(e.target.value)}
            className={INPUT_CLASS}
          >
            {scopes.map((scope) => (
              <option key={scope.id} value={scope.id}>
                {scope.kind === 'tenant' ? t('devices.create.wholeTenant', { name: scope.name }) : scope.name}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-scope-error`} message={scopeError} testId="device-error-scope" />
        </div>
      </div>
      <div ref={playlistRef}>
        <PlaylistFields
          legend={t('devices.create.playlist')}
          value={playlist}
          error={messageOf('playlist')}
          disabled={loading}
          onChange={setPlaylist}
        />
      </div>
      {formError ? (
        <Notice tone="error" testId="device-create-error">
          {formError}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading} className="w-full sm:w-auto">
          {loading ? t('devices.create.submitting') : t('devices.create.submit')}
        </Button>
      </div>
    </form>
  );
}
