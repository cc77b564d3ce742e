// A field whose value is picked from a list: a select in a FormField, its options in order,
// optionally after an empty "choose" option.
import { FormField } from './FormField';
import { INPUT_CLASS } from './fieldClasses';
import type { FormState } from './useForm';

export function FormSelect({
  form,
  field,
  label,
  hint,
  className,
  errorTestId,
  value,
  options,
  emptyLabel,
  testId,
  onChange,
}: {
  form: FormState;
  field: string;
  label: string;
  hint?: string;
  className?: string;
  errorTestId?: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** The words of an empty first option, where nothing may be chosen yet. */
  emptyLabel?: string;
  testId?: string;
  onChange: (event: { target: { value: string } }) => void;
}) {
  return (
    <FormField
      form={form}
      field={field}
      label={label}
      hint={hint}
      className={className}
      errorTestId={errorTestId}
    >
      {(props) => (
        <select {...props} value={value} data-testid={testId} onChange={onChange} className={INPUT_CLASS}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
