// A message of the organisation page: on a form field (`code`, `nip`, `weights.CUSTOMER`, …) or
// on the form (`form`); `reload` says the tree is stale and must be fetched again.
import type { FieldError } from '../../../ui/form/FieldError';

export interface OrgMessage extends FieldError {
  reload?: boolean;
}
