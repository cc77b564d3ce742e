// Turns the API's refusal of a device write into a message on the field it names
// (`extensions.field` and `rule`) or on the form; the catalog says it in words.
import type { ApiMessages } from '../../../ui/form/ApiMessages';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { apiMessageOf } from '../../../ui/form/apiMessageOf';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { DEVICE_NAME_MAX_LENGTH } from './validateDevice';

const DEVICE_MESSAGES: ApiMessages = {
  codes: {
    NETWORK: 'devices.errors.network',
    NOT_FOUND: { key: 'devices.errors.gone', reload: true },
    FORBIDDEN: 'devices.errors.forbidden',
    UNAUTHENTICATED: 'devices.errors.session',
    unknown: 'devices.errors.unknown',
  },
  fields: {
    name: {
      too_big: { key: 'devices.errors.nameTooLong', params: { max: DEVICE_NAME_MAX_LENGTH } },
      '*': 'devices.errors.nameRequired',
    },
    playlist: {
      too_small: 'devices.errors.playlistRequired',
      invalid_value: 'devices.errors.playlistUnknown',
      duplicate: 'devices.errors.playlistDuplicate',
      too_big: 'devices.errors.playlistDuplicate',
      '*': 'devices.errors.playlistUnknown',
    },
    scopeId: { '*': 'devices.errors.scopeInvalid' },
    deviceId: { revoked: { field: 'form', key: 'devices.errors.revoked', reload: true } },
  },
  // One of the panels (`playlist.2`): the message goes next to the panel list.
  fieldOf: (apiField) => (apiField.startsWith('playlist.') ? 'playlist' : apiField),
  invalid: 'devices.errors.invalid',
};

export function deviceErrorOf(error: unknown): FormMessage {
  return apiMessageOf(apiErrorOf(error), DEVICE_MESSAGES);
}
