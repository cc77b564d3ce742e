// The bell in the header: the unread count (in its accessible name too), and on click the newest
// notifications, each leading to what it is about, with "mark all read" and the settings link.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../i18n/useLocale';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { useTimeZone } from '../../auth/hooks/useTimeZone';
import { formatDateTime } from '../../format/formatDate';
import { useNotificationBell } from '../hooks/useNotificationBell';
import { notificationMessage } from '../utils/notificationMessage';

export function NotificationBell() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const { items, unreadCount, error, markRead, marking } = useNotificationBell();
  const close = () => setOpen(false);

  return (
    <div
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <button
        type="button"
        aria-label={t('notifications.bell', { count: unreadCount })}
        aria-expanded={open}
        aria-controls="notification-panel"
        data-testid="notification-bell"
        data-unread={unreadCount}
        onClick={() => setOpen((o) => !o)}
        className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-ink hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-6 w-6"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unreadCount > 0 ? (
          <span
            aria-hidden="true"
            className="absolute -right-1 -top-1 min-w-5 rounded-full bg-band-red px-1 text-center text-xs font-bold text-white"
          >
            {unreadCount > 99 ? '99+' : unreadCount.toLocaleString(locale)}
          </span>
        ) : null}
      </button>
      {open ? (
        <section
          id="notification-panel"
          aria-label={t('notifications.title')}
          className="absolute right-0 z-20 mt-2 w-96 max-w-[90vw] rounded-lg border border-line bg-surface-raised p-3 shadow-lg"
        >
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 className="font-bold">{t('notifications.title')}</h2>
            <Button tone="quiet" disabled={marking || unreadCount === 0} onClick={() => void markRead(null)}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
          {error ? <Notice tone="error">{t('notifications.failed')}</Notice> : null}
          {items.length === 0 ? <p className="text-ink-muted">{t('notifications.empty')}</p> : null}
          <ul className="max-h-96 overflow-y-auto" data-testid="notification-list">
            {items.map((item) => {
              const { keys, values } = notificationMessage(item.kind, item.params, locale);
              return (
                <li
                  key={item.id}
                  className="border-t border-line py-2"
                  data-kind={item.kind}
                  data-read={item.read}
                >
                  <Link
                    to={item.link}
                    className={`block rounded px-1 hover:bg-surface ${item.read ? 'text-ink-muted' : 'font-medium text-ink'}`}
                    onClick={() => {
                      if (!item.read) void markRead([item.id]);
                      close();
                    }}
                  >
                    {item.read ? null : <span className="sr-only">{t('notifications.unread')}: </span>}
                    {t(keys, values)}
                  </Link>
                  <span className="block px-1 text-sm text-ink-muted">
                    {formatDateTime(item.createdAt, { locale, timeZone })}
                  </span>
                </li>
              );
            })}
          </ul>
          <Link to="/account/notifications" className="mt-2 block text-accent underline" onClick={close}>
            {t('notifications.preferencesLink')}
          </Link>
        </section>
      ) : null}
    </div>
  );
}
