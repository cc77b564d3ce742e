// A form's message that belongs to no field (the API's refusal of the whole request, a lost
// connection), shown at once as an alert.
import { Notice } from '../Notice';
import type { FormState } from './useForm';

export function FormProblem({ form, testId }: { form: FormState; testId?: string }) {
  const message = form.messageOf('form');
  return message ? (
    <Notice tone="error" testId={testId}>
      {message}
    </Notice>
  ) : null;
}
