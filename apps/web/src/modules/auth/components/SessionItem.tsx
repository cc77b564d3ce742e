// One session in the viewer's list: device and browser, address, when it was last used, and the
// button that ends it (the current one is marked, and ending it is a logout).
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { formatDateTime } from '../../format/formatDate';
import type { MySessionsQuery } from '../graphql/mySessionsQuery.generated';
import { useTimeZone } from '../hooks/useTimeZone';

type Session = MySessionsQuery['mySessions'][number];

export function SessionItem({
  session,
  busy,
  onEnd,
}: {
  session: Session;
  busy: boolean;
  onEnd: (session: Session) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  const name =
    [session.device, session.browser].filter(Boolean).join(' · ') || t('account.sessions.unknownDevice');
  return (
    <li
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line p-4"
      data-testid="session"
    >
      <div className="min-w-0">
        <p className="font-semibold break-words">
          {name}
          {session.current ? (
            <span className="ml-2 rounded bg-accent px-2 py-0.5 text-sm text-accent-ink">
              {t('account.sessions.current')}
            </span>
          ) : null}
        </p>
        <p className="text-sm text-ink-muted">
          {t('account.sessions.details', {
            ip: session.ip ?? t('account.sessions.unknownIp'),
            lastSeen: formatDateTime(session.lastSeenAt, { locale, timeZone }),
            since: formatDateTime(session.createdAt, { locale, timeZone }),
          })}
        </p>
      </div>
      <Button
        tone="quiet"
        disabled={busy}
        aria-label={t('account.sessions.endLabel', { name })}
        onClick={() => onEnd(session)}
      >
        {t('account.sessions.end')}
      </Button>
    </li>
  );
}
