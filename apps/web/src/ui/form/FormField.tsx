// A field of a form: the visible label tied to its control, an optional hint and the field's
// message, both announced with the control (aria-describedby).
import type { ReactNode } from 'react';
import type { ControlProps } from './ControlProps';
import { FieldMessage } from './FieldMessage';
import type { FormState } from './useForm';

export function FormField({
  form,
  field,
  label,
  hint,
  className = '',
  errorTestId = form.errorTestId(field),
  children,
}: {
  form: FormState;
  field: string;
  label: string;
  hint?: string;
  className?: string;
  /** The message's test id, where it is not `<form's prefix>-error-<field>`. */
  errorTestId?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const inputId = form.inputId(field);
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {children(form.controlProps(field, { hint: !!hint }))}
      {hint ? (
        <p id={`${inputId}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={`${inputId}-error`} message={form.messageOf(field)} testId={errorTestId} />
    </div>
  );
}
