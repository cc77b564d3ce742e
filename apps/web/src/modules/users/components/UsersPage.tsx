// `/admin/users`: the accounts of a tenant with their roles. Create an account for the tenant or
// one of its OPDs, add or revoke a role, or set a new password (ending the user's sessions).
import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui/Card';
import { TenantAdminPage } from '../../admin/components/TenantAdminPage';
import { useTenantAdmin } from '../../admin/hooks/useTenantAdmin';
import { scopeOptionsOf } from '../../devices/utils/scopeOptionsOf';
import { UserScopesDocument } from '../graphql/userScopesQuery.generated';
import { UsersDocument } from '../graphql/usersQuery.generated';
import { userErrorOf } from '../utils/userErrorOf';
import { CreateUserForm } from './CreateUserForm';
import { UserRow } from './UserRow';

export function UsersPage() {
  const { t } = useTranslation();
  const page = useTenantAdmin(UserScopesDocument, UsersDocument);

  return (
    <TenantAdminPage
      name="users"
      page={page}
      problemOf={userErrorOf}
      rows={page.list.data?.users ?? []}
      create={(tenant) => (
        <Card>
          <CreateUserForm
            key={tenant.id}
            scopes={scopeOptionsOf(tenant)}
            onCreated={(username) => {
              page.announce(t('users.done.created', { username }));
              page.reload();
            }}
          />
        </Card>
      )}
    >
      {(user, tenant) => (
        <UserRow key={user.id} user={user} scopes={scopeOptionsOf(tenant)} {...page.rowEvents} />
      )}
    </TenantAdminPage>
  );
}
