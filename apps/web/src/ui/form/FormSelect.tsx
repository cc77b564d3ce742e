// A field whose value is picked from a list: a select in a FormField, its options in order,
// optionally after an empty "choose" option.
import type { ComponentProps } from 'react';
import { FormField } from './FormField';
import { INPUT_CLASS } from './fieldClasses';

export function FormSelect({
  value,
  options,
  emptyLabel,
  testId,
  onChange,
  ...field
}: Omit<ComponentProps<typeof FormField>, 'children'> & {
  value: string;
  options: readonly { value: string; label: string }[];
  /** The words of an empty first option, where nothing may be chosen yet. */
  emptyLabel?: string;
  testId?: string;
  onChange: (event: { target: { value: string } }) => void;
}) {
  return (
    <FormField {...field}>
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
