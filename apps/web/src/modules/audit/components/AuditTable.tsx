// The audit trail as a table (tablet and desktop): time, who, what, and the changed fields.
import { useTranslation } from 'react-i18next';
import { ColumnHeader } from '../../../ui/ColumnHeader';
import { TableScroll } from '../../../ui/TableScroll';
import type { AuditEntryView } from '../types/AuditEntryView';
import { AuditChanges } from './AuditChanges';
import { AuditWhat } from './AuditWhat';

export function AuditTable({ views, label }: { views: readonly AuditEntryView[]; label: string }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={label}>
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-line text-ink-muted">
            <ColumnHeader>{t('audit.columns.time')}</ColumnHeader>
            <ColumnHeader>{t('audit.columns.actor')}</ColumnHeader>
            <ColumnHeader>{t('audit.columns.what')}</ColumnHeader>
            <ColumnHeader last>{t('audit.columns.changes')}</ColumnHeader>
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <tr
              key={view.seq}
              data-testid="audit-row"
              data-seq={view.seq}
              data-entity-type={view.entityType}
              data-entity-id={view.entityId}
              data-action={view.action}
              className="border-b border-line align-top"
            >
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={view.at} data-testid="audit-time">
                  {view.time}
                </time>
              </td>
              <td className="py-2 pr-3" data-testid="audit-actor">
                {view.actor}
              </td>
              <td className="py-2 pr-3">
                <AuditWhat view={view} />
              </td>
              <td className="py-2">
                <AuditChanges changes={view.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
