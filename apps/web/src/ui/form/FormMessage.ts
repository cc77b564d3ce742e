// A form's message (see FieldError) that may also say the list behind the form is stale and must
// be fetched again (`reload`): what the API's refusals become.
import type { FieldError } from './FieldError';

export interface FormMessage extends FieldError {
  reload?: boolean;
}
