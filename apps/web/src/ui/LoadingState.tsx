// A quiet placeholder while data loads (announced politely to screen readers).
import { useTranslation } from 'react-i18next';

export function LoadingState({ className = '' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={`text-ink-muted ${className}`}>
      {t('common.loading')}
    </p>
  );
}
