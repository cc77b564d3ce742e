// A message of the verification page: a catalog key and its parameters, attached to the reject
// form's reason field or to the page; `reload` says the queue is stale and must be fetched again,
// `row` which row of a bulk verification the API named (its index in `items`).
export type VerifyField = 'reason' | 'form';

export interface VerifyMessage {
  field: VerifyField;
  key: string;
  params?: Record<string, unknown>;
  reload?: boolean;
  row?: number;
}
