// The audit page's filters: whose trail (one of the viewer's scopes), which kind of entity and
// action, which days (WITA), and whose changes. Every choice is written to the page's address.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import type { AuditFilters } from '../types/AuditFilters';
import type { AuditScopeOption } from '../types/AuditScopeOption';
import { actionOptionsOf } from '../utils/actionOptionsOf';
import { AUDIT_ACTIONS } from '../utils/auditActions';
import type { DateRangeProblem } from '../utils/dateRangeProblem';
import { AuditDateField } from './AuditDateField';
import { LabelledSelect } from '../../../ui/LabelledSelect';

function withCurrent(values: readonly string[], current: string | null): readonly string[] {
  return current && !values.includes(current) ? [...values, current] : values;
}

export function AuditFilterBar({
  scopes,
  scopeId,
  filters,
  viewerId,
  problem,
  onChange,
}: {
  scopes: readonly AuditScopeOption[];
  scopeId: string;
  filters: AuditFilters;
  /** The logged-in user's global id, for "only my changes". */
  viewerId: string;
  problem: DateRangeProblem | null;
  onChange: (change: Partial<AuditFilters>) => void;
}) {
  const { t } = useTranslation();
  const entityTypes = withCurrent(Object.keys(AUDIT_ACTIONS), filters.entityType);
  const actions = withCurrent(actionOptionsOf(filters.entityType), filters.action);
  const filtered = Boolean(
    filters.entityType || filters.action || filters.from || filters.to || filters.userId,
  );

  const chooseEntityType = (value: string) => {
    const entityType = value || null;
    // An action the new type never logs would hide every entry.
    const action =
      filters.action && actionOptionsOf(entityType).includes(filters.action) ? filters.action : null;
    onChange({ entityType, action });
  };

  const userOptions = [
    { value: '', label: t('audit.filters.anyUser') },
    { value: viewerId, label: t('audit.filters.onlyMe') },
    ...(filters.userId && filters.userId !== viewerId
      ? [{ value: filters.userId, label: t('audit.filters.linkedUser') }]
      : []),
  ];

  return (
    <form
      role="search"
      aria-label={t('audit.filters.label')}
      onSubmit={(e) => e.preventDefault()}
      className="grid grid-cols-1 gap-3 rounded-xl border border-line bg-surface-raised p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <LabelledSelect
        label={t('audit.filters.scope')}
        value={scopeId}
        onChange={(e) => onChange({ scopeId: e.target.value })}
        options={scopes.map((s) => ({ value: s.id, label: s.name }))}
        data-testid="audit-scope"
      />
      <LabelledSelect
        label={t('audit.filters.entityType')}
        value={filters.entityType ?? ''}
        onChange={(e) => chooseEntityType(e.target.value)}
        options={[
          { value: '', label: t('audit.filters.allEntityTypes') },
          ...entityTypes.map((type) => ({
            value: type,
            label: t(`audit.entity.${type}`, { defaultValue: type }),
          })),
        ]}
        data-testid="audit-entity-type"
      />
      <LabelledSelect
        label={t('audit.filters.action')}
        value={filters.action ?? ''}
        onChange={(e) => onChange({ action: e.target.value || null })}
        options={[
          { value: '', label: t('audit.filters.allActions') },
          ...actions.map((action) => ({
            value: action,
            label: t(`audit.action.${action}`, { defaultValue: action }),
          })),
        ]}
        data-testid="audit-action"
      />
      <AuditDateField
        label={t('audit.filters.from')}
        value={filters.from}
        max={filters.to}
        problem={problem?.field === 'from' ? t(problem.key) : null}
        testId="audit-from"
        onChange={(from) => onChange({ from })}
      />
      <AuditDateField
        label={t('audit.filters.to')}
        value={filters.to}
        min={filters.from}
        problem={problem?.field === 'to' ? t(problem.key) : null}
        testId="audit-to"
        onChange={(to) => onChange({ to })}
      />
      <LabelledSelect
        label={t('audit.filters.user')}
        value={filters.userId ?? ''}
        onChange={(e) => onChange({ userId: e.target.value || null })}
        options={userOptions}
        data-testid="audit-user"
      />
      <div className="flex items-end sm:col-span-2 lg:col-span-3">
        <Button
          tone="quiet"
          disabled={!filtered}
          onClick={() => onChange({ entityType: null, action: null, from: null, to: null, userId: null })}
          className="w-full sm:w-auto"
          data-testid="audit-clear"
        >
          {t('audit.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
