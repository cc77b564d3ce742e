// A field of the organisation forms: the visible label tied to its control, an optional hint and
// the field's message, both announced with the control (aria-describedby).
import type { InputHTMLAttributes, ReactNode } from 'react';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import type { ControlProps, OrgForm } from '../hooks/useOrgForm';

export function FormField({
  form,
  field,
  label,
  hint,
  className = '',
  children,
}: {
  form: OrgForm;
  field: string;
  label: string;
  hint?: string;
  className?: string;
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
      <FieldMessage id={`${inputId}-error`} message={form.messageOf(field)} testId={`org-error-${field}`} />
    </div>
  );
}

/** The common case: a text input (any type) in a FormField; the browser does not autofill it. */
export function FormInput({
  form,
  field,
  label,
  hint,
  className,
  ...input
}: {
  form: OrgForm;
  field: string;
  label: string;
  hint?: string;
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'form'>) {
  return (
    <FormField form={form} field={field} label={label} hint={hint} className={className}>
      {(props) => <input {...props} autoComplete="off" {...input} className={INPUT_CLASS} />}
    </FormField>
  );
}
