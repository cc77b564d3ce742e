// Shown while the live socket is down: the figures may be stale until it reconnects.
import { useTranslation } from 'react-i18next';

export function ConnectionBanner() {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      data-testid="wall-connection-banner"
      className="bg-band-red px-[1.5vw] py-[0.3em] text-center text-wall-sm font-semibold text-surface"
    >
      {t('wall.disconnected')}
    </div>
  );
}
