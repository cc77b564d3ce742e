// A date filter (a WITA calendar day) with its problem, if any, announced with the field.
import { useId } from 'react';
import { TextField } from '../../../ui/form/TextField';
import { FieldMessage } from '../../../ui/form/FieldMessage';

export function AuditDateField({
  label,
  value,
  min,
  max,
  problem,
  testId,
  onChange,
}: {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  problem: string | null;
  testId: string;
  onChange: (value: string | null) => void;
}) {
  const messageId = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <TextField
        label={label}
        type="date"
        value={value ?? ''}
        min={min ?? undefined}
        max={max ?? undefined}
        // A partly typed date reads as '' until it is complete: the filter is then simply off.
        onChange={(e) => onChange(e.target.value || null)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        data-testid={testId}
        className="min-w-0"
      />
      <FieldMessage id={messageId} message={problem} testId={`${testId}-error`} />
    </div>
  );
}
