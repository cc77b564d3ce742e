// A form message for one field (`value`, `targets.m3.value`, …) or the whole form (`form`): a
// catalog key with its parameters, so forms check and show errors the same way.
export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}
