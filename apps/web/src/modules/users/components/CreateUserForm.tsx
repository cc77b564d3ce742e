// Creates an account with its first role: username, display name, password, role and the tenant or
// OPD the role covers. Problems are checked here with the API's rules and shown next to their
// field, as the API's own refusals are.
import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { fieldMessages } from '../../../ui/form/fieldMessages';
import { Notice } from '../../../ui/Notice';
import type { DeviceScopeOption } from '../../devices/utils/scopeOptionsOf';
import { CreateUserDocument } from '../graphql/createUserMutation.generated';
import { USER_ROLES, type UserRole } from '../types/UserRole';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { userErrorOf } from '../utils/userErrorOf';
import { USERNAME_MAX, validateNewUser } from '../utils/validateNewUser';

type Field = 'username' | 'displayName' | 'password' | 'role' | 'scopeId';

export function CreateUserForm({
  scopes,
  onCreated,
}: {
  /** The tenant first, then its OPDs. */
  scopes: readonly DeviceScopeOption[];
  onCreated: (username: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const refs = useRef<Partial<Record<string, HTMLInputElement | HTMLSelectElement | null>>>({});
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserRole>('OPERATOR');
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [errors, setErrors] = useState<FormMessage[]>([]);
  // A resend of the same request (after a lost answer) reuses its id, so it creates one account.
  const pending = useRef<{ request: string; clientMutationId: string } | null>(null);
  const [create, { loading }] = useMutation(CreateUserDocument);
  const messageOf = fieldMessages(errors, t);

  const focusFirst = (found: readonly FormMessage[]) => {
    const field = found[0]?.field;
    if (field) refs.current[field]?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewUser({ username, displayName, password, scopeId });
    setErrors(found);
    if (found.length > 0) {
      focusFirst(found);
      return;
    }
    const fields = { username: username.trim(), displayName: displayName.trim(), password, role, scopeId };
    const request = JSON.stringify(fields);
    if (pending.current?.request !== request)
      pending.current = { request, clientMutationId: newMutationId() };
    try {
      const result = await create({
        variables: { input: { ...fields, clientMutationId: pending.current.clientMutationId } },
      });
      const created = result.data?.createUser;
      if (!created) throw new Error('no answer');
      pending.current = null;
      setUsername('');
      setDisplayName('');
      setPassword('');
      onCreated(created.username);
    } catch (error) {
      const message = userErrorOf(error);
      setErrors([message]);
      focusFirst([message]);
    }
  };

  const described = (field: string) =>
    messageOf(field) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};
  const label = (field: Field) => (
    <label htmlFor={`${id}-${field}`} className="font-medium">
      {t(`users.create.${field}`)}
    </label>
  );
  const message = (field: Field) => (
    <FieldMessage id={`${id}-${field}-error`} message={messageOf(field)} testId={`user-error-${field}`} />
  );
  const formError = messageOf('form');

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-4"
      data-testid="user-create-form"
    >
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {t('users.create.title')}
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-1">
          {label('username')}
          <input
            ref={(el) => {
              refs.current.username = el;
            }}
            id={`${id}-username`}
            name="username"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={USERNAME_MAX + 1}
            value={username}
            {...described('username')}
            onChange={(e) => setUsername(e.target.value)}
            className={INPUT_CLASS}
          />
          <p className="text-sm text-ink-muted">{t('users.create.usernameHint')}</p>
          {message('username')}
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          {label('displayName')}
          <input
            ref={(el) => {
              refs.current.displayName = el;
            }}
            id={`${id}-displayName`}
            name="displayName"
            autoComplete="off"
            value={displayName}
            {...described('displayName')}
            onChange={(e) => setDisplayName(e.target.value)}
            className={INPUT_CLASS}
          />
          {message('displayName')}
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          {label('password')}
          <input
            ref={(el) => {
              refs.current.password = el;
            }}
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            value={password}
            {...described('password')}
            onChange={(e) => setPassword(e.target.value)}
            className={INPUT_CLASS}
          />
          {message('password')}
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          {label('role')}
          <select
            ref={(el) => {
              refs.current.role = el;
            }}
            id={`${id}-role`}
            name="role"
            value={role}
            {...described('role')}
            onChange={(e) => setRole(e.target.value as UserRole)}
            className={INPUT_CLASS}
          >
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`users.roles.${r}`)}
              </option>
            ))}
          </select>
          {message('role')}
        </div>
        <div className="flex min-w-0 flex-col gap-1 md:col-span-2">
          {label('scopeId')}
          <select
            ref={(el) => {
              refs.current.scopeId = el;
            }}
            id={`${id}-scopeId`}
            name="scopeId"
            value={scopeId}
            {...described('scopeId')}
            onChange={(e) => setScopeId(e.target.value)}
            className={INPUT_CLASS}
          >
            {scopes.map((scope) => (
              <option key={scope.id} value={scope.id}>
                {scope.kind === 'tenant' ? t('users.wholeTenant', { name: scope.name }) : scope.name}
              </option>
            ))}
          </select>
          {message('scopeId')}
        </div>
      </div>
      {formError ? (
        <Notice tone="error" testId="user-create-error">
          {formError}
        </Notice>
      ) : null}
      <div>
        <Button type="submit" disabled={loading} className="w-full sm:w-auto">
          {loading ? t('users.create.submitting') : t('users.create.submit')}
        </Button>
      </div>
    </form>
  );
}
