// The common field: a text input (any type) in a FormField; the browser does not autofill it.
import type { InputHTMLAttributes } from 'react';
import { FormField } from './FormField';
import { INPUT_CLASS } from './fieldClasses';
import type { FormState } from './useForm';

export function FormInput({
  form,
  field,
  label,
  hint,
  className,
  errorTestId,
  ...input
}: {
  form: FormState;
  field: string;
  label: string;
  hint?: string;
  className?: string;
  errorTestId?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'form'>) {
  return (
    <FormField
      form={form}
      field={field}
      label={label}
      hint={hint}
      className={className}
      errorTestId={errorTestId}
    >
      {(props) => <input {...props} autoComplete="off" {...input} className={INPUT_CLASS} />}
    </FormField>
  );
}
