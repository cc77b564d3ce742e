// One of a tenant's on/off settings, saved as soon as it is changed, with what the change did.
import { useId, useState } from 'react';
import { Notice } from '../../../ui/Notice';

export function SettingSwitch({
  title,
  label,
  hint,
  checked,
  save,
  savedText,
  refusalText,
}: {
  title: string;
  label: string;
  hint: string;
  checked: boolean;
  save: (next: boolean) => Promise<void>;
  savedText: string;
  /** The sentence for a refusal. */
  refusalText: (error: unknown) => string;
}) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const change = async (next: boolean) => {
    setStatus(null);
    setBusy(true);
    try {
      await save(next);
      setStatus({ tone: 'info', text: savedText });
    } catch (error) {
      setStatus({ tone: 'error', text: refusalText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="flex flex-col gap-2 rounded-lg border border-line bg-surface-raised p-4">
      <legend className="px-1 font-semibold">{title}</legend>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          className="size-5"
          checked={checked}
          disabled={busy}
          onChange={(event) => void change(event.target.checked)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <p className="text-sm text-ink-muted">{hint}</p>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </fieldset>
  );
}
