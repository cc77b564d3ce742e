// Where a task's save stands: on the wire, waiting for the network (kept and retried), or done.
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { formatTime } from '../../format/formatTime';
import type { PendingSave, SaveOutcome } from '../outbox/outboxTypes';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function SaveStatus({
  pending,
  sending,
  outcome,
}: {
  pending: PendingSave | undefined;
  sending: boolean;
  outcome: SaveOutcome | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  let state: string;
  let text: string;
  if (sending) [state, text] = ['sending', t('entry.status.sending')];
  else if (pending)
    [state, text] = [
      'waiting',
      t('entry.status.waiting', {
        count: pending.attempts,
        time: formatTime(pending.failedAt ?? Date.now(), { locale, timeZone, seconds: false }),
      }),
    ];
  else if (outcome?.kind === 'applied')
    [state, text] = [
      outcome.status === 'SUBMITTED' ? 'submitted' : 'saved',
      t(outcome.status === 'SUBMITTED' ? 'entry.status.submitted' : 'entry.status.saved', {
        time: formatTime(outcome.at, { locale, timeZone, seconds: false }),
      }),
    ];
  else return null;
  return (
    <p role="status" data-testid="entry-save-status" data-state={state} className="text-sm font-medium">
      {text}
    </p>
  );
}
