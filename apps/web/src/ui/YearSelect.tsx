// The year a page shows, picked from a list: in a toolbar (the period picker, beside the month)
// or as a field of the page, as wide as its column.
import { useId } from 'react';
import { COMPACT_SELECT_CLASS, INPUT_CLASS } from './form/fieldClasses';

export function YearSelect({
  label,
  years,
  value,
  compact = false,
  onChange,
}: {
  label: string;
  years: readonly number[];
  value: number;
  compact?: boolean;
  onChange: (year: number) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={compact ? 'text-sm font-medium' : 'font-medium'}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
        className={compact ? COMPACT_SELECT_CLASS : INPUT_CLASS}
      >
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </div>
  );
}
