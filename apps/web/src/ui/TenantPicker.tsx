// Which government an administrator works on: a labelled select, shown only when there is a
// choice (most administrators manage one tenant).
import { useId } from 'react';
import { INPUT_CLASS } from './form/fieldClasses';

export function TenantPicker({
  label,
  tenants,
  value,
  onChange,
  className = 'max-w-md',
}: {
  label: string;
  tenants: readonly { id: string; name: string }[];
  value: string;
  onChange: (tenantId: string) => void;
  className?: string;
}) {
  const id = useId();
  if (tenants.length < 2) return null;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={INPUT_CLASS}>
        {tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
    </div>
  );
}
