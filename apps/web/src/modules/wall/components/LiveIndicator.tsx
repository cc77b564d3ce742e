// Live (connected) or not: a dot and a word, so it reads without relying on colour alone.
import { useTranslation } from 'react-i18next';
import type { LiveConnection } from '../../../app/apollo/connectionStatus';

const DOT: Record<LiveConnection, string> = {
  connected: 'bg-band-green animate-pulse-dot',
  connecting: 'bg-band-yellow',
  disconnected: 'bg-band-red',
};

export function LiveIndicator({ status }: { status: LiveConnection }) {
  const { t } = useTranslation();
  return (
    <span
      className="inline-flex items-center gap-[0.4em]"
      data-testid="wall-live-indicator"
      data-status={status}
    >
      <span aria-hidden className={`inline-block size-[0.7em] rounded-full ${DOT[status]}`} />
      {t(`wall.live.${status}`)}
    </span>
  );
}
