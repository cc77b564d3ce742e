// The audit trail as cards (phones): what and when on top, who below, then the changed fields.
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../types/AuditEntryView';
import { AuditChanges } from './AuditChanges';
import { AuditWhat } from './AuditWhat';

export function AuditEntryCards({ views, label }: { views: readonly AuditEntryView[]; label: string }) {
  const { t } = useTranslation();
  return (
    <ul className="flex flex-col gap-3" aria-label={label}>
      {views.map((view) => (
        <li
          key={view.seq}
          data-testid="audit-row"
          data-seq={view.seq}
          data-entity-type={view.entityType}
          data-entity-id={view.entityId}
          data-action={view.action}
          className="flex flex-col gap-2 rounded-xl border border-line bg-surface-raised p-4 text-sm"
        >
          <AuditWhat view={view} />
          <p className="text-ink-muted">
            <time dateTime={view.at} data-testid="audit-time">
              {view.time}
            </time>
            {' · '}
            <span className="sr-only">{t('audit.columns.actor')}: </span>
            <span data-testid="audit-actor">{view.actor}</span>
          </p>
          <AuditChanges changes={view.changes} />
        </li>
      ))}
    </ul>
  );
}
