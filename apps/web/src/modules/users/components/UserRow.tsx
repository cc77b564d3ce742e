// One user: name, username and roles. An administrator revokes a role (after a confirmation), adds
// one on the tenant or an OPD, sets a new password (which ends the user's sessions), ends all the
// user's sessions, turns off a lost phone's two-step verification, or disables the account (after
// a confirmation) or enables it again.
import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { FieldMessage } from '../../../ui/form/FieldMessage';
import { INPUT_CLASS } from '../../../ui/form/fieldClasses';
import { Notice } from '../../../ui/Notice';
import type { DeviceScopeOption } from '../../devices/utils/scopeOptionsOf';
import { AssignRoleDocument } from '../graphql/assignRoleMutation.generated';
import { EndUserSessionsDocument } from '../graphql/endUserSessionsMutation.generated';
import { ResetTwoFactorDocument } from '../graphql/resetTwoFactorMutation.generated';
import { SetUserActiveDocument } from '../graphql/setUserActiveMutation.generated';
import { ResetPasswordDocument } from '../graphql/resetPasswordMutation.generated';
import { RevokeRoleDocument } from '../graphql/revokeRoleMutation.generated';
import type { UserFieldsFragment } from '../graphql/userFieldsFragment.generated';
import { USER_ROLES, type UserRole } from '../types/UserRole';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { userErrorOf } from '../utils/userErrorOf';
import { validatePassword } from '../utils/validateNewUser';

/** The account actions asked about first: their words are `users.<confirmation>.question|confirm`. */
type Confirmation = 'endSessions' | 'disable' | 'resetTwoFactor';
type Mode = 'view' | 'addRole' | 'resetPassword' | { confirm: Confirmation } | { confirmRevoke: string };

export function UserRow({
  user,
  scopes,
  onDone,
  onStale,
}: {
  user: UserFieldsFragment;
  scopes: readonly DeviceScopeOption[];
  /** A finished action, announced by the page. */
  onDone: (message: string) => void;
  /** The list no longer matches the server. */
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('view');
  const [role, setRole] = useState<UserRole>('OPERATOR');
  const [scopeId, setScopeId] = useState(scopes[0]?.id ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormMessage | null>(null);
  const [assign, assigning] = useMutation(AssignRoleDocument);
  const [revoke, revoking] = useMutation(RevokeRoleDocument);
  const [reset, resetting] = useMutation(ResetPasswordDocument);
  const [endSessions, endingSessions] = useMutation(EndUserSessionsDocument);
  const [setActive, settingActive] = useMutation(SetUserActiveDocument);
  const [resetTwoFactor, resettingTwoFactor] = useMutation(ResetTwoFactorDocument);
  const busy =
    assigning.loading ||
    revoking.loading ||
    resetting.loading ||
    endingSessions.loading ||
    settingActive.loading ||
    resettingTwoFactor.loading;

  const fail = (caught: unknown) => {
    const message = userErrorOf(caught);
    setError(message);
    if (message.reload) onStale();
  };
  const open = (next: Mode) => {
    setError(null);
    setPassword('');
    setMode(next);
  };

  const addRole = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await assign({
        variables: { input: { userId: user.id, role, scopeId, clientMutationId: newMutationId() } },
      });
      setMode('view');
      onDone(t('users.done.roleAdded', { name: user.displayName, role: t(`users.roles.${role}`) }));
    } catch (caught) {
      fail(caught);
    }
  };

  const revokeRole = async (roleAssignmentId: string, roleName: string) => {
    try {
      await revoke({ variables: { input: { roleAssignmentId, clientMutationId: newMutationId() } } });
      setMode('view');
      onDone(t('users.done.roleRevoked', { name: user.displayName, role: roleName }));
    } catch (caught) {
      fail(caught);
    }
  };

  const resetPassword = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePassword(password, 'newPassword');
    if (found[0]) {
      setError(found[0]);
      return;
    }
    try {
      await reset({
        variables: { input: { userId: user.id, newPassword: password, clientMutationId: newMutationId() } },
      });
      setPassword('');
      setMode('view');
      onDone(t('users.done.passwordReset', { name: user.displayName }));
    } catch (caught) {
      fail(caught);
    }
  };

  const confirmed = async (which: Exclude<Confirmation, 'disable'>) => {
    const variables = { input: { userId: user.id, clientMutationId: newMutationId() } };
    try {
      await (which === 'endSessions' ? endSessions({ variables }) : resetTwoFactor({ variables }));
      setMode('view');
      onDone(
        t(`users.done.${which === 'endSessions' ? 'sessionsEnded' : 'twoFactorReset'}`, {
          name: user.displayName,
        }),
      );
    } catch (caught) {
      fail(caught);
    }
  };

  const changeActive = async (active: boolean) => {
    try {
      await setActive({
        variables: { input: { userId: user.id, active, clientMutationId: newMutationId() } },
      });
      setMode('view');
      onDone(t(active ? 'users.done.enabled' : 'users.done.disabled', { name: user.displayName }));
    } catch (caught) {
      fail(caught);
    }
  };

  const fieldError = (field: string) => (error && error.field === field ? t(error.key, error.params) : null);
  const formError =
    error && !['role', 'scopeId', 'newPassword'].includes(error.field) ? t(error.key, error.params) : null;

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-line p-4" data-testid="user-row">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <div className="min-w-0">
          <h4 className="font-semibold break-words">{user.displayName}</h4>
          <p className="text-sm text-ink-muted break-all">{user.username}</p>
        </div>
        {user.isActive ? null : <span className="text-sm text-danger">{t('users.inactive')}</span>}
      </div>
      <ul className="flex flex-col gap-2" aria-label={t('users.rolesOf', { name: user.displayName })}>
        {user.roleAssignments.map((assignment) => {
          const roleName = t(`users.roles.${assignment.role}`);
          const confirming =
            typeof mode === 'object' && 'confirmRevoke' in mode && mode.confirmRevoke === assignment.id;
          return (
            <li key={assignment.id} className="flex flex-wrap items-center gap-2" data-testid="user-role">
              <span>{t('users.roleOn', { role: roleName, scope: assignment.scope.name })}</span>
              {confirming ? (
                <>
                  <Button
                    tone="primary"
                    disabled={busy}
                    onClick={() => void revokeRole(assignment.id, roleName)}
                  >
                    {t('users.revoke.confirm')}
                  </Button>
                  <Button tone="quiet" disabled={busy} onClick={() => open('view')}>
                    {t('users.cancel')}
                  </Button>
                </>
              ) : (
                <Button
                  tone="quiet"
                  disabled={busy}
                  aria-label={t('users.revoke.label', { role: roleName, scope: assignment.scope.name })}
                  onClick={() => open({ confirmRevoke: assignment.id })}
                >
                  {t('users.revoke.action')}
                </Button>
              )}
            </li>
          );
        })}
        {user.roleAssignments.length === 0 ? <li className="text-ink-muted">{t('users.noRoles')}</li> : null}
      </ul>
      {mode === 'addRole' ? (
        <form noValidate onSubmit={(e) => void addRole(e)} className="grid gap-3 md:grid-cols-3">
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-role`} className="font-medium">
              {t('users.create.role')}
            </label>
            <select
              id={`${id}-role`}
              value={role}
              aria-invalid={fieldError('role') ? true : undefined}
              aria-describedby={fieldError('role') ? `${id}-role-error` : undefined}
              onChange={(e) => setRole(e.target.value as UserRole)}
              className={INPUT_CLASS}
            >
              {USER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`users.roles.${r}`)}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-role-error`} message={fieldError('role')} />
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <label htmlFor={`${id}-scope`} className="font-medium">
              {t('users.create.scopeId')}
            </label>
            <select
              id={`${id}-scope`}
              value={scopeId}
              aria-invalid={fieldError('scopeId') ? true : undefined}
              aria-describedby={fieldError('scopeId') ? `${id}-scope-error` : undefined}
              onChange={(e) => setScopeId(e.target.value)}
              className={INPUT_CLASS}
            >
              {scopes.map((scope) => (
                <option key={scope.id} value={scope.id}>
                  {scope.kind === 'tenant' ? t('users.wholeTenant', { name: scope.name }) : scope.name}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-scope-error`} message={fieldError('scopeId')} />
          </div>
          <div className="flex items-end gap-2">
            <Button type="submit" disabled={busy}>
              {t('users.addRole.submit')}
            </Button>
            <Button tone="quiet" disabled={busy} onClick={() => open('view')}>
              {t('users.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {mode === 'resetPassword' ? (
        <form noValidate onSubmit={(e) => void resetPassword(e)} className="flex flex-col gap-2 md:max-w-md">
          <label htmlFor={`${id}-password`} className="font-medium">
            {t('users.reset.password')}
          </label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            value={password}
            aria-invalid={fieldError('newPassword') ? true : undefined}
            aria-describedby={`${id}-password-hint${fieldError('newPassword') ? ` ${id}-password-error` : ''}`}
            onChange={(e) => setPassword(e.target.value)}
            className={INPUT_CLASS}
          />
          <p id={`${id}-password-hint`} className="text-sm text-ink-muted">
            {t('users.reset.hint')}
          </p>
          <FieldMessage id={`${id}-password-error`} message={fieldError('newPassword')} />
          <div className="flex gap-2">
            <Button type="submit" disabled={busy}>
              {t('users.reset.submit')}
            </Button>
            <Button tone="quiet" disabled={busy} onClick={() => open('view')}>
              {t('users.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {typeof mode === 'object' && 'confirm' in mode ? (
        <div className="flex flex-col gap-2" data-testid="user-confirm">
          <p>{t(`users.${mode.confirm}.question`, { name: user.displayName })}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              disabled={busy}
              onClick={() =>
                void (mode.confirm === 'disable' ? changeActive(false) : confirmed(mode.confirm))
              }
            >
              {t(`users.${mode.confirm}.confirm`)}
            </Button>
            <Button tone="quiet" disabled={busy} onClick={() => open('view')}>
              {t('users.cancel')}
            </Button>
          </div>
        </div>
      ) : null}
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {mode === 'view' || (typeof mode === 'object' && 'confirmRevoke' in mode) ? (
        <div className="flex flex-wrap gap-2">
          <Button tone="quiet" disabled={busy} onClick={() => open('addRole')}>
            {t('users.addRole.action')}
          </Button>
          <Button tone="quiet" disabled={busy} onClick={() => open('resetPassword')}>
            {t('users.reset.action')}
          </Button>
          <Button tone="quiet" disabled={busy} onClick={() => open({ confirm: 'endSessions' })}>
            {t('users.endSessions.action')}
          </Button>
          {user.twoFactorEnabled ? (
            <Button tone="quiet" disabled={busy} onClick={() => open({ confirm: 'resetTwoFactor' })}>
              {t('users.resetTwoFactor.action')}
            </Button>
          ) : null}
          {user.isActive ? (
            <Button tone="quiet" disabled={busy} onClick={() => open({ confirm: 'disable' })}>
              {t('users.disable.action')}
            </Button>
          ) : (
            <Button tone="quiet" disabled={busy} onClick={() => void changeActive(true)}>
              {t('users.enable.action')}
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}
