// One registered screen: what it shows, when it was last seen (in the tenant's zone), whether it
// still works; its panels can be changed, and it can be revoked after a confirmation.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { ConfirmDelete } from '../../../ui/form/ConfirmDelete';
import { Notice } from '../../../ui/Notice';
import { formatDateTime } from '../../format/formatDate';
import type { WallPanelId } from '../../wall/types/WallPanelId';
import { RevokeWallDeviceDocument } from '../graphql/revokeWallDeviceMutation.generated';
import { SetWallDevicePlaylistDocument } from '../graphql/setWallDevicePlaylistMutation.generated';
import type { WallDeviceFieldsFragment } from '../graphql/wallDeviceFieldsFragment.generated';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { deviceErrorOf } from '../utils/deviceErrorOf';
import { orderedPlaylist } from '../utils/orderedPlaylist';
import { validatePlaylist } from '../utils/validatePlaylist';
import { PlaylistFields } from './PlaylistFields';

type Mode = 'view' | 'editPlaylist' | 'confirmRevoke';

export function DeviceRow({
  device,
  locale,
  timeZone,
  onDone,
  onStale,
}: {
  device: WallDeviceFieldsFragment;
  locale: string;
  timeZone: string;
  /** A finished action, announced by the page. */
  onDone: (message: string) => void;
  /** The list no longer matches the server (revoked or removed meanwhile). */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const nameRef = useRef<HTMLHeadingElement>(null);
  const [mode, setMode] = useState<Mode>('view');
  const [playlist, setPlaylist] = useState<ReadonlySet<WallPanelId>>(new Set());
  const [error, setError] = useState<FormMessage | null>(null);
  const [savePlaylist, saving] = useMutation(SetWallDevicePlaylistDocument);
  const [revoke, revoking] = useMutation(RevokeWallDeviceDocument);
  const busy = saving.loading || revoking.loading;
  const revoked = !!device.revokedAt;
  const when = (value: string | null) => formatDateTime(value, { locale, timeZone });

  const fail = (caught: unknown) => {
    const message = deviceErrorOf(caught);
    setError(message);
    if (message.reload) onStale();
  };

  const startEditing = () => {
    setPlaylist(new Set(orderedPlaylist(new Set(device.playlist))));
    setError(null);
    setMode('editPlaylist');
  };

  const submitPlaylist = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePlaylist(playlist);
    setError(found[0] ?? null);
    if (found.length > 0) return;
    try {
      await savePlaylist({
        variables: {
          input: {
            deviceId: device.id,
            playlist: orderedPlaylist(playlist),
            clientMutationId: newMutationId(),
          },
        },
      });
      setMode('view');
      nameRef.current?.focus();
      onDone(t('devices.playlist.saved', { name: device.name }));
    } catch (caught) {
      fail(caught);
    }
  };

  const confirmRevoke = async () => {
    try {
      await revoke({ variables: { input: { deviceId: device.id, clientMutationId: newMutationId() } } });
      setMode('view');
      setError(null);
      // The buttons are gone with the device's validity: keep the keyboard on this row.
      nameRef.current?.focus();
      onDone(t('devices.revoke.done', { name: device.name }));
    } catch (caught) {
      fail(caught);
    }
  };

  const formError = error?.field === 'form' ? t(error.key, error.params) : null;
  return (
    <li
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-line bg-surface-raised p-4"
      data-testid="device-row"
      data-device-id={device.id}
      data-status={revoked ? 'revoked' : 'active'}
      aria-labelledby={`${id}-name`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4
          id={`${id}-name`}
          ref={nameRef}
          tabIndex={-1}
          className="min-w-0 text-lg font-semibold break-words"
        >
          {device.name}
        </h4>
        <span
          className={`rounded-full border px-3 py-1 text-sm font-medium ${revoked ? 'border-danger text-danger' : 'border-band-green text-band-green'}`}
          data-testid="device-status"
        >
          {revoked ? t('devices.row.revoked') : t('devices.row.active')}
        </span>
      </div>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-ink-muted">{t('devices.row.scope')}</dt>
        <dd className="min-w-0 break-words" data-testid="device-scope">
          {device.scope.name}
        </dd>
        <dt className="text-ink-muted">{t('devices.row.playlist')}</dt>
        <dd className="min-w-0" data-testid="device-playlist-summary">
          {device.playlist.map((panel) => t(`wall.panels.${panel}`, { defaultValue: panel })).join(' → ')}
        </dd>
        <dt className="text-ink-muted">{t('devices.row.lastSeen')}</dt>
        <dd data-testid="device-last-seen">
          {device.lastSeenAt ? when(device.lastSeenAt) : t('devices.row.never')}
        </dd>
        <dt className="text-ink-muted">{t('devices.row.created')}</dt>
        <dd>{when(device.createdAt)}</dd>
        {revoked ? (
          <>
            <dt className="text-ink-muted">{t('devices.row.revokedAt')}</dt>
            <dd>{when(device.revokedAt)}</dd>
          </>
        ) : null}
      </dl>

      {mode === 'editPlaylist' && !revoked ? (
        <form
          noValidate
          onSubmit={(e) => void submitPlaylist(e)}
          className="flex flex-col gap-3 border-t border-line pt-3"
        >
          <PlaylistFields
            legend={t('devices.playlist.legend', { name: device.name })}
            value={playlist}
            error={error?.field === 'playlist' ? t(error.key, error.params) : null}
            disabled={busy}
            onChange={setPlaylist}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={busy}>
              {t('devices.playlist.save')}
            </Button>
            <Button tone="quiet" disabled={busy} onClick={() => setMode('view')}>
              {t('devices.playlist.cancel')}
            </Button>
          </div>
        </form>
      ) : null}

      {mode === 'confirmRevoke' && !revoked ? (
        <ConfirmDelete
          id={id}
          question={t('devices.revoke.confirm', { name: device.name })}
          deleting={busy}
          confirmLabel={t('devices.revoke.yes')}
          cancelLabel={t('devices.revoke.cancel')}
          testId="device-revoke"
          look="bar"
          focusCancel
          onConfirm={() => void confirmRevoke()}
          onCancel={() => setMode('view')}
        />
      ) : null}

      {formError ? (
        <Notice tone="error" testId="device-row-error">
          {formError}
        </Notice>
      ) : null}

      {mode === 'view' && !revoked ? (
        <div className="flex flex-wrap gap-2">
          <Button tone="quiet" onClick={startEditing}>
            {t('devices.playlist.edit')}
          </Button>
          <Button
            tone="quiet"
            onClick={() => {
              setError(null);
              setMode('confirmRevoke');
            }}
          >
            {t('devices.revoke.action')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
