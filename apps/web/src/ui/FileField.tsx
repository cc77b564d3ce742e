// A labelled file chooser: what a sheet import asks for, read by the page when a file is chosen.
import { useId, type ChangeEvent } from 'react';

export function FileField({
  label,
  accept,
  disabled,
  onChange,
}: {
  label: string;
  accept: string;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={onChange}
        className="min-h-11 text-ink file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-line file:bg-surface file:px-3"
      />
    </div>
  );
}
