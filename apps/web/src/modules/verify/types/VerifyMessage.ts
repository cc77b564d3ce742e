// A message of the verification page: a catalog key and its parameters, attached to the reject
// form's reason field or to the page (`form`); `reload` says the queue is stale and must be
// fetched again, `row` which row of a bulk verification the API named (its index in `items`).
import type { FormMessage } from '../../../ui/form/FormMessage';

export interface VerifyMessage extends FormMessage {
  row?: number;
}
