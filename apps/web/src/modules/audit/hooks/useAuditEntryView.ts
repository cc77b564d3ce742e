// Describes audit entries in the UI language: time in the tenant's zone, who, what in words, the changed
// fields with old and new values, and where the entity can be opened.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/useLocale';
import { formatDateTime } from '../../format/formatDate';
import { formatMonth } from '../../format/formatMonth';
import type { AuditEntry } from '../types/AuditEntry';
import type { AuditEntryView } from '../types/AuditEntryView';
import { auditDiffOf } from '../utils/auditDiffOf';
import { auditLinkOf } from '../utils/auditLinkOf';
import { auditPeriodOf } from '../utils/auditPeriodOf';
import { auditWhatKey } from '../utils/auditWhatKey';
import { formatAuditValue, type Translate } from '../utils/formatAuditValue';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

export function useAuditEntryView(): (entry: AuditEntry) => AuditEntryView {
  const { t } = useTranslation();
  const locale = useLocale();
  const timeZone = useTimeZone();
  return useCallback(
    (entry: AuditEntry) => {
      const translate: Translate = (key, options) => t(key, options);
      const whatKey = auditWhatKey(entry.entityType, entry.action);
      const what = whatKey
        ? t(whatKey)
        : t('audit.what.other', {
            entity: t(`audit.entity.${entry.entityType}`, { defaultValue: entry.entityType }),
            action: t(`audit.action.${entry.action}`, { defaultValue: entry.action }),
          });
      const period = auditPeriodOf(entry.before, entry.after);
      const link = auditLinkOf(entry);
      return {
        seq: entry.seq,
        entityType: entry.entityType,
        entityId: entry.entityId,
        action: entry.action,
        at: entry.at,
        time: formatDateTime(entry.at, { locale, timeZone }),
        actor: entry.actor ?? t('audit.system'),
        what,
        period: period ? `${formatMonth(period.month, locale)} ${period.year}` : null,
        changes: auditDiffOf(entry.entityType, entry.before, entry.after).map((row) => ({
          field: row.field,
          label: t(`audit.field.${row.field}`, { defaultValue: row.field }),
          before: formatAuditValue(row.before, translate, locale),
          after: formatAuditValue(row.after, translate, locale),
        })),
        link: link ? { path: link.path, label: t(`audit.open.${link.kind}`) } : null,
      };
    },
    [t, locale],
  );
}
