// The new screen's link, shown once (the server keeps only the token's hash): copied with one
// button, or selected for a manual copy where the clipboard is not available (plain http).
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';

type CopyState = 'idle' | 'copied' | 'manual';

export function DeviceLink({ name, link, onDone }: { name: string; link: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');

  // The administrator's attention goes to the link at once: it will not be shown again.
  useEffect(() => headingRef.current?.focus(), []);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopy('manual');
    }
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 rounded-xl border-2 border-accent bg-surface-raised p-4"
      data-testid="device-created"
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
        {t('devices.link.title', { name })}
      </h3>
      <p id={`${id}-note`} className="font-medium">
        {t('devices.link.note')}
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-link`} className="font-medium">
          {t('devices.link.label')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-link`}
          readOnly
          value={link}
          aria-describedby={`${id}-note`}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 w-full rounded-lg border border-line bg-surface px-3 font-mono text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent"
          data-testid="device-link"
        />
      </div>
      <p role="status" className="text-sm" data-testid="device-link-copy-status">
        {copy === 'copied' ? t('devices.link.copied') : copy === 'manual' ? t('devices.link.copyManual') : ''}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void copyLink()} data-testid="device-link-copy">
          {t('devices.link.copy')}
        </Button>
        <Button tone="quiet" onClick={onDone}>
          {t('devices.link.done')}
        </Button>
      </div>
    </section>
  );
}
