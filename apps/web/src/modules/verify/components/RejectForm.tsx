// The inline form that sends a value back to its operator: a required reason (the operator reads
// it), checked here with the API's rule and shown next to the field, as the API's own errors are.
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { VerifyMessage } from '../types/VerifyMessage';
import { REJECTION_REASON_MAX_LENGTH, validateRejection } from '../utils/validateRejection';

export function RejectForm({
  id,
  code,
  busy,
  onReject,
  onCancel,
}: {
  id: string;
  code: string;
  busy: boolean;
  /** Resolves to null when the value was rejected, else to the problem. */
  onReject: (reason: string) => Promise<VerifyMessage | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<VerifyMessage | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateRejection(reason);
    setError(found);
    if (found) {
      reasonRef.current?.focus();
      return;
    }
    const result = await onReject(reason);
    // Problems of the page (conflict, permission, network) are reported by the page.
    if (result?.field === 'reason') {
      setError(result);
      reasonRef.current?.focus();
    }
  };

  const message = error ? t(error.key, error.params) : null;
  const hintId = `${fieldId}-hint`;
  const errorId = `${fieldId}-error`;
  return (
    <form
      id={id}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t('verify.reject.title', { code })}
      data-testid="verify-reject-form"
      className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-3"
    >
      <label htmlFor={fieldId} className="font-medium">
        {t('verify.reject.reason')}
      </label>
      <p id={hintId} className="text-sm text-ink-muted">
        {t('verify.reject.hint', { max: REJECTION_REASON_MAX_LENGTH })}
      </p>
      <textarea
        ref={reasonRef}
        id={fieldId}
        name="reason"
        rows={3}
        required
        autoFocus
        maxLength={REJECTION_REASON_MAX_LENGTH + 1}
        value={reason}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => setReason(e.target.value)}
        className="rounded-lg border border-line bg-surface-raised px-3 py-2 text-ink focus-visible:outline-2 focus-visible:outline-accent aria-invalid:border-danger"
      />
      {message ? (
        <p id={errorId} className="text-sm text-danger" data-testid="verify-error-reason">
          {message}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {t('verify.reject.submit')}
        </Button>
        <Button tone="quiet" onClick={onCancel} disabled={busy}>
          {t('verify.reject.cancel')}
        </Button>
      </div>
    </form>
  );
}
