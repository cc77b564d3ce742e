// Turns the API's refusal of a device write into a message on the field it names
// (`extensions.field` and `rule`) or on the form; the catalog says it in words.
import { CombinedGraphQLErrors } from '@apollo/client';
import type { DeviceMessage } from '../types/DeviceMessage';
import { DEVICE_NAME_MAX_LENGTH } from './validateDevice';

const PLAYLIST_KEYS: Record<string, string> = {
  too_small: 'devices.errors.playlistRequired',
  invalid_value: 'devices.errors.playlistUnknown',
  duplicate: 'devices.errors.playlistDuplicate',
  too_big: 'devices.errors.playlistDuplicate',
};

export function deviceErrorOf(error: unknown): DeviceMessage {
  if (!CombinedGraphQLErrors.is(error)) return { field: 'form', key: 'devices.errors.network' };
  const extensions = error.errors[0]?.extensions ?? {};
  const field = String(extensions.field ?? '');
  const rule = String(extensions.rule ?? 'invalid');
  switch (extensions.code) {
    case 'BAD_USER_INPUT':
      if (field === 'name')
        return rule === 'too_big'
          ? { field, key: 'devices.errors.nameTooLong', params: { max: DEVICE_NAME_MAX_LENGTH } }
          : { field, key: 'devices.errors.nameRequired' };
      // `playlist` or one of its items (`playlist.2`): the message goes next to the panel list.
      if (field === 'playlist' || field.startsWith('playlist.'))
        return { field: 'playlist', key: PLAYLIST_KEYS[rule] ?? 'devices.errors.playlistUnknown' };
      if (field === 'scopeId') return { field, key: 'devices.errors.scopeInvalid' };
      if (field === 'deviceId' && rule === 'revoked')
        return { field: 'form', key: 'devices.errors.revoked', reload: true };
      return { field: 'form', key: 'devices.errors.invalid', params: { field } };
    case 'NOT_FOUND':
      return { field: 'form', key: 'devices.errors.gone', reload: true };
    case 'FORBIDDEN':
      return { field: 'form', key: 'devices.errors.forbidden' };
    case 'UNAUTHENTICATED':
      return { field: 'form', key: 'devices.errors.session' };
    default:
      return { field: 'form', key: 'devices.errors.unknown' };
  }
}
