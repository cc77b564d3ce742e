// Checks a new device before it is sent, with the API's rules: a name of 1–100 characters after
// trimming, a scope, and at least one panel.
import type { DeviceDraft } from '../types/DeviceDraft';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { validatePlaylist } from './validatePlaylist';

export const DEVICE_NAME_MAX_LENGTH = 100;

export function validateDevice(draft: DeviceDraft): FormMessage[] {
  const errors: FormMessage[] = [];
  const name = draft.name.trim();
  if (!name) errors.push({ field: 'name', key: 'devices.errors.nameRequired' });
  else if (name.length > DEVICE_NAME_MAX_LENGTH)
    errors.push({
      field: 'name',
      key: 'devices.errors.nameTooLong',
      params: { max: DEVICE_NAME_MAX_LENGTH },
    });
  if (!draft.scopeId) errors.push({ field: 'scopeId', key: 'devices.errors.scopeInvalid' });
  errors.push(...validatePlaylist(draft.playlist));
  return errors;
}
