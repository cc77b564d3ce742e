// A message of the users page: on a field (`username`, `displayName`, `password`, `role`,
// `scopeId`) or on the form (`form`); `reload` says the list is stale and must be fetched again.
import type { FieldError } from '../../../ui/form/FieldError';

export interface UserMessage extends FieldError {
  reload?: boolean;
}
