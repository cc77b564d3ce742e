// An administration page about one tenant's things: its heading, the tenant picker (with the
// page's own controls beside it), what adds a thing, then the list under its heading with the
// line that says what was just done. Its words come from the catalog's `<name>` section.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../ui/form/FieldError';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { TenantPicker } from '../../../ui/TenantPicker';

/** What useTenantAdmin keeps: the tenants, the chosen one, its list and what was just done. */
interface TenantAdmin<Tenant> {
  tenantsResult: { data?: unknown; error?: unknown };
  tenants: readonly Tenant[];
  tenant: Tenant | null;
  choose: (tenantId: string) => void;
  list: { data?: unknown; error?: unknown; loading: boolean };
  done: string;
}

export function TenantAdminPage<Tenant extends { id: string; name: string }, Row>({
  name,
  page,
  problemOf,
  rows,
  testIds = { page: `${name}-page`, done: `${name}-done` },
  listTitle,
  listProps = { className: 'flex flex-col gap-3' },
  controls = (picker) => picker,
  create,
  children,
}: {
  /** The catalog's section (`title`, `intro`, `tenant`, `noTenant`, `list.title`, `list.empty`) and the test ids' stem. */
  name: string;
  page: TenantAdmin<Tenant>;
  /** The API's refusal of the list, in the catalog's words. */
  problemOf: (error: unknown) => FieldError;
  rows: readonly Row[];
  testIds?: { page: string; done: string };
  /** The list's heading, where it says more than the tenant's name. */
  listTitle?: string;
  listProps?: { className: string; 'data-testid'?: string };
  /** The picker with what the page shows beside it. */
  controls?: (picker: ReactNode) => ReactNode;
  /** What adds a thing, above the list. */
  create?: (tenant: Tenant) => ReactNode;
  children: (row: Row, tenant: Tenant) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { tenant } = page;

  let list;
  if (page.list.error && !page.list.data) {
    const problem = problemOf(page.list.error);
    list = <Notice tone="error">{t(problem.key, problem.params)}</Notice>;
  } else if (!page.list.data) {
    list = <LoadingState />;
  } else if (rows.length === 0) {
    list = (
      <p className="text-ink-muted" data-testid={`${name}-empty`}>
        {t(`${name}.list.empty`)}
      </p>
    );
  } else if (tenant) {
    list = (
      <ul {...listProps} aria-labelledby={`${id}-list`} aria-busy={page.list.loading}>
        {rows.map((row) => children(row, tenant))}
      </ul>
    );
  }

  let body;
  if (!page.tenantsResult.data) {
    body = page.tenantsResult.error ? (
      <Notice tone="error">{t('common.loadFailed')}</Notice>
    ) : (
      <LoadingState />
    );
  } else if (!tenant) {
    body = <Notice tone="error">{t(`${name}.noTenant`)}</Notice>;
  } else {
    body = (
      <>
        {controls(
          <TenantPicker
            label={t(`${name}.tenant`)}
            tenants={page.tenants}
            value={tenant.id}
            onChange={page.choose}
          />,
        )}
        {create?.(tenant)}
        <section className="flex flex-col gap-3" aria-labelledby={`${id}-list`}>
          <h3 id={`${id}-list`} className="text-lg font-semibold">
            {listTitle ?? t(`${name}.list.title`, { tenant: tenant.name })}
          </h3>
          <p role="status" className="text-sm font-medium" data-testid={testIds.done}>
            {page.done}
          </p>
          {list}
        </section>
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid={testIds.page}>
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t(`${name}.title`)}</h2>
        <p className="text-ink-muted">{t(`${name}.intro`)}</p>
      </header>
      {body}
    </div>
  );
}
