// The fields an entry changed, each as `Nilai: 12,5 → 20` (the arrow is read as "menjadi").
import { useTranslation } from 'react-i18next';
import type { AuditChangeView } from '../types/AuditEntryView';

export function AuditChanges({ changes }: { changes: readonly AuditChangeView[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="text-ink-muted">{t('audit.noFieldChanges')}</p>;
  return (
    <ul className="flex flex-col gap-1">
      {changes.map((change) => (
        <li key={change.field} data-testid="audit-change" data-field={change.field} className="break-words">
          <span className="font-medium">{change.label}:</span>{' '}
          <span data-testid="audit-before">{change.before}</span>{' '}
          <span role="img" aria-label={t('audit.becomes')}>
            →
          </span>{' '}
          <span data-testid="audit-after" className="font-semibold">
            {change.after}
          </span>
        </li>
      ))}
    </ul>
  );
}
