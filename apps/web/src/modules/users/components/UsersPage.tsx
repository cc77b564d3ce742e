// `/admin/users`: the accounts of a tenant with their roles. Create an account for the tenant or
// one of its OPDs, add or revoke a role, or set a new password (ending the user's sessions).
import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { scopeOptionsOf } from '../../devices/utils/scopeOptionsOf';
import { UserScopesDocument } from '../graphql/userScopesQuery.generated';
import { UsersDocument } from '../graphql/usersQuery.generated';
import { userErrorOf } from '../utils/userErrorOf';
import { CreateUserForm } from './CreateUserForm';
import { UserRow } from './UserRow';
import { TenantPicker } from '../../../ui/TenantPicker';

export function UsersPage() {
  const { t } = useTranslation();
  const id = useId();
  const scopes = useQuery(UserScopesDocument);
  const tenants = useMemo(() => scopes.data?.tenants ?? [], [scopes.data]);
  const [chosenTenantId, setChosenTenantId] = useState('');
  const tenant = tenants.find((x) => x.id === chosenTenantId) ?? tenants[0] ?? null;
  const users = useQuery(UsersDocument, {
    variables: { tenantId: tenant?.id ?? '' },
    skip: !tenant,
    fetchPolicy: 'cache-and-network',
  });
  const [done, setDone] = useState('');
  const options = useMemo(() => (tenant ? scopeOptionsOf(tenant) : []), [tenant]);
  const rows = users.data?.users ?? [];
  const reload = () => void users.refetch().catch(() => undefined);

  let list;
  if (users.error && !users.data) {
    const problem = userErrorOf(users.error);
    list = <Notice tone="error">{t(problem.key, problem.params)}</Notice>;
  } else if (!users.data) {
    list = <LoadingState />;
  } else if (rows.length === 0) {
    list = (
      <p className="text-ink-muted" data-testid="users-empty">
        {t('users.list.empty')}
      </p>
    );
  } else {
    list = (
      <ul className="flex flex-col gap-3" aria-labelledby={`${id}-list`} aria-busy={users.loading}>
        {rows.map((user) => (
          <UserRow key={user.id} user={user} scopes={options} onDone={setDone} onStale={reload} />
        ))}
      </ul>
    );
  }

  let body;
  if (!scopes.data) {
    body = scopes.error ? <Notice tone="error">{t('common.loadFailed')}</Notice> : <LoadingState />;
  } else if (!tenant) {
    body = <Notice tone="error">{t('users.noTenant')}</Notice>;
  } else {
    body = (
      <>
        <TenantPicker
          label={t('users.tenant')}
          tenants={tenants}
          value={tenant.id}
          onChange={(tenantId) => {
            setChosenTenantId(tenantId);
            setDone('');
          }}
          className="max-w-md"
        />
        <Card>
          <CreateUserForm
            key={tenant.id}
            scopes={options}
            onCreated={(username) => {
              setDone(t('users.done.created', { username }));
              reload();
            }}
          />
        </Card>
        <section className="flex flex-col gap-3" aria-labelledby={`${id}-list`}>
          <h3 id={`${id}-list`} className="text-lg font-semibold">
            {t('users.list.title', { tenant: tenant.name })}
          </h3>
          <p role="status" className="text-sm font-medium" data-testid="users-done">
            {done}
          </p>
          {list}
        </section>
      </>
    );
  }

  return (
    <div className="flex min-w-0 flex-col gap-4" data-testid="users-page">
      <header className="flex flex-col gap-1">
        <h2 className="text-xl font-semibold">{t('users.title')}</h2>
        <p className="text-ink-muted">{t('users.intro')}</p>
      </header>
      {body}
    </div>
  );
}
