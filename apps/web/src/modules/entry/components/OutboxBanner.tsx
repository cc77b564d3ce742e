// How many saves are still on this device, and a way to send them now instead of waiting.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { OutboxState } from '../outbox/outboxTypes';

export function OutboxBanner({ state, onRetry }: { state: OutboxState; onRetry: () => void }) {
  const { t } = useTranslation();
  const waiting = state.pending.length;
  if (waiting === 0) return null;
  return (
    <div
      role="status"
      data-testid="entry-outbox"
      className="flex flex-wrap items-center gap-3 rounded-lg border-l-4 border-band-yellow bg-surface-raised px-4 py-3"
    >
      <span>{t('entry.outbox.waiting', { count: waiting })}</span>
      <Button tone="quiet" onClick={onRetry} disabled={state.sending.size > 0}>
        {t('entry.outbox.retry')}
      </Button>
    </div>
  );
}
