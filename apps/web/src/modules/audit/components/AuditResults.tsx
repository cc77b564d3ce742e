// The entries for one set of query arguments: newest first, as a table on wide screens and cards
// on phones, with "Muat lebih banyak" appending older pages.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMediaQuery } from '../../wall/hooks/useMediaQuery';
import type { AuditLogQueryVariables } from '../graphql/auditLogQuery.generated';
import { useAuditEntryView } from '../hooks/useAuditEntryView';
import { useAuditLog } from '../hooks/useAuditLog';
import { auditErrorKey } from '../utils/auditErrorKey';
import { AuditEntryCards } from './AuditEntryCards';
import { AuditTable } from './AuditTable';

export function AuditResults({ variables }: { variables: AuditLogQueryVariables }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48rem)');
  const { entries, hasMore, error, loadMore, loadingMore, moreFailed } = useAuditLog(variables);
  const describe = useAuditEntryView();
  const views = useMemo(() => entries?.map(describe) ?? [], [entries, describe]);

  if (!entries) {
    return error ? <Notice tone="error">{t(auditErrorKey(error))}</Notice> : <LoadingState />;
  }

  const label = t('audit.listLabel');
  return (
    <div className="flex min-w-0 flex-col gap-3">
      {error ? <Notice tone="error">{t(auditErrorKey(error))}</Notice> : null}
      <p className="text-sm text-ink-muted" data-testid="audit-count" aria-live="polite">
        {t('audit.count', { count: entries.length })}
      </p>
      {views.length === 0 ? (
        <div
          data-testid="audit-empty"
          className="rounded-xl border border-line bg-surface-raised p-6 text-center text-ink-muted"
        >
          {t('audit.empty')}
        </div>
      ) : wide ? (
        <AuditTable views={views} label={label} />
      ) : (
        <AuditEntryCards views={views} label={label} />
      )}
      {moreFailed ? <Notice tone="error">{t('common.loadFailed')}</Notice> : null}
      {hasMore ? (
        <Button
          tone="quiet"
          onClick={() => void loadMore()}
          disabled={loadingMore}
          aria-busy={loadingMore}
          className="w-full sm:w-auto sm:self-center"
          data-testid="audit-load-more"
        >
          {loadingMore ? t('common.loading') : t('audit.loadMore')}
        </Button>
      ) : entries.length > 0 ? (
        <p className="text-center text-sm text-ink-muted">{t('audit.end')}</p>
      ) : null}
    </div>
  );
}
