// A labelled text input; the label is always visible and tied to the input.
import { useId, type InputHTMLAttributes } from 'react';

export function TextField({
  label,
  className = '',
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  const id = useId();
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        className="min-h-11 rounded-lg border border-line bg-surface-raised px-3 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger"
        {...props}
      />
    </div>
  );
}
