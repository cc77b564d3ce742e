// Creates an account with its first role: username, display name, password, role and the tenant or
// OPD the role covers. Problems are checked here with the API's rules and shown next to their
// field, as the API's own refusals are.
import { useTranslation } from 'react-i18next';
import { CreateForm } from '../../../ui/form/CreateForm';
import { FormField } from '../../../ui/form/FormField';
import { FormInput } from '../../../ui/form/FormInput';
import { FormSelect } from '../../../ui/form/FormSelect';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { scopeChoicesOf } from '../../devices/utils/scopeChoicesOf';
import type { DeviceScopeOption } from '../../devices/utils/scopeOptionsOf';
import { CreateUserDocument } from '../graphql/createUserMutation.generated';
import { USER_ROLES, type UserRole } from '../types/UserRole';
import { userErrorOf } from '../utils/userErrorOf';
import { USERNAME_MAX, validateNewUser, type NewUserDraft } from '../utils/validateNewUser';

type UserDraft = NewUserDraft & { role: UserRole };

export function CreateUserForm({
  scopes,
  onCreated,
}: {
  /** The tenant first, then its OPDs. */
  scopes: readonly DeviceScopeOption[];
  onCreated: (username: string) => void;
}) {
  const { t } = useTranslation();
  const empty: UserDraft = {
    username: '',
    displayName: '',
    password: '',
    role: 'OPERATOR',
    scopeId: scopes[0]?.id ?? '',
  };

  const roleChoices = USER_ROLES.map((role) => ({ value: role, label: t(`users.roles.${role}`) }));
  const scopeChoices = scopeChoicesOf(scopes, (name) => t('users.wholeTenant', { name }));

  return (
    <CreateForm
      thing="user"
      catalog="users.create"
      errorOf={userErrorOf}
      check={validateNewUser}
      empty={empty}
      fieldsOf={(draft) => ({
        ...draft,
        username: draft.username.trim(),
        displayName: draft.displayName.trim(),
      })}
      // Role and scope stay as chosen for the next account.
      clearAfterSave={(draft) => ({ ...draft, username: '', displayName: '', password: '' })}
      mutation={CreateUserDocument}
      answerOf={(data) => data.createUser.username}
      onSaved={(_, username) => onCreated(username)}
    >
      {({ form, bind, draft, edit }) => (
        <div className="grid gap-4 md:grid-cols-2">
          <FormField form={form} field="username" label={t('users.create.username')}>
            {(props) => (
              <>
                <input
                  {...props}
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  maxLength={USERNAME_MAX + 1}
                  value={draft.username}
                  onChange={edit('username')}
                  className={INPUT_CLASS}
                />
                <p className="text-sm text-ink-muted">{t('users.create.usernameHint')}</p>
              </>
            )}
          </FormField>
          <FormInput {...bind('displayName')} />
          <FormInput {...bind('password')} type="password" autoComplete="new-password" />
          <FormSelect {...bind('role')} options={roleChoices} />
          <FormSelect {...bind('scopeId')} options={scopeChoices} className="md:col-span-2" />
        </div>
      )}
    </CreateForm>
  );
}
