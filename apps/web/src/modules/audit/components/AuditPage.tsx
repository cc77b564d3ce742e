// `/audit`: the audit trail of a scope the viewer may audit (their widest by default): every
// committed change, newest first, with who made it, when (in the tenant's time), what it was and the fields it
// changed from what to what. The filters live in the address so a view can be shared.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { useAuditFilters } from '../hooks/useAuditFilters';
import { auditQueryVariables } from '../utils/auditQueryVariables';
import { auditScopesOf } from '../utils/auditScopesOf';
import { dateRangeProblem } from '../utils/dateRangeProblem';
import { AuditChainLine } from './AuditChainLine';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditResults } from './AuditResults';
import { useTimeZone } from '../../auth/hooks/useTimeZone';

/** Entries per page. */
const PAGE_SIZE = 50;

export function AuditPage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const { filters, update } = useAuditFilters();
  const scopes = useMemo(() => auditScopesOf(me?.roles ?? []), [me]);
  // A scope in the address that is not one of the viewer's falls back to their widest.
  const scopeId = scopes.find((s) => s.id === filters.scopeId)?.id ?? scopes[0]?.id ?? null;
  const problem = dateRangeProblem(filters.from, filters.to);
  const timeZone = useTimeZone();
  const variables = useMemo(
    () => auditQueryVariables(filters, scopeId, PAGE_SIZE, timeZone),
    [filters, scopeId, timeZone],
  );

  let body;
  if (!me) body = loading ? <LoadingState /> : <Notice tone="error">{t('common.loadFailed')}</Notice>;
  else if (!scopeId) body = <Notice tone="info">{t('audit.noAccess')}</Notice>;
  else
    body = (
      <>
        <AuditFilterBar
          scopes={scopes}
          scopeId={scopeId}
          filters={filters}
          viewerId={me.id}
          problem={problem}
          onChange={update}
        />
        {variables ? (
          <AuditResults key={JSON.stringify(variables)} variables={variables} />
        ) : (
          <p className="text-ink-muted" data-testid="audit-not-queried">
            {t('audit.fixRange')}
          </p>
        )}
      </>
    );

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="audit-page">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t('audit.title')}</h1>
        <p className="text-ink-muted">{t('audit.intro')}</p>
        {/* A tenant's trail is one hash chain: the server verifies it each time the page opens. */}
        {scopeId && scopes.find((s) => s.id === scopeId)?.kind === 'Tenant' ? (
          <AuditChainLine tenantId={scopeId} />
        ) : null}
      </header>
      {body}
    </div>
  );
}
