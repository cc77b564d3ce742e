// A message of the wall-device page: on a field of the form (`name`, `scopeId`, `playlist`) or on
// the form itself (`form`); `reload` says the list is stale and must be fetched again.
import type { FieldError } from '../../../ui/form/FieldError';

export interface DeviceMessage extends FieldError {
  reload?: boolean;
}
