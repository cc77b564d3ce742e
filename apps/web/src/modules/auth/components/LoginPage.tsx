// The login form: username and password, then the authenticator's code (or a recovery code) when
// the API asks for it; errors are shown beside the form, in the UI language.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { deviceToken } from '../../../app/apollo/deviceToken';
import { Button } from '../../../ui/Button';
import { Notice } from '../../../ui/Notice';
import { TextField } from '../../../ui/form/TextField';
import { LoginDocument } from '../graphql/loginMutation.generated';
import { useMe } from '../hooks/useMe';
import { loginErrorKey } from '../utils/loginErrorKey';

export function LoginPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<{ key: string; params?: Record<string, unknown> } | null>(null);
  const [asksCode, setAsksCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [login, { loading }] = useMutation(LoginDocument);
  const { me } = useMe();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setFailure({ key: 'login.errors.required' });
      return;
    }
    setFailure(null);
    try {
      const second = code.trim() ? (useRecovery ? { recoveryCode: code } : { totpCode: code }) : {};
      await login({ variables: { username: username.trim(), password, ...(asksCode ? second : {}) } });
    } catch (error) {
      const refusal = loginErrorKey(error);
      setFailure(refusal);
      if (refusal.asksCode) setAsksCode(true);
      setCode('');
      return;
    }
    // A person now uses this browser: a wall token stored earlier must not override their session.
    deviceToken.clear();
    await client.resetStore();
    await navigate('/', { replace: true });
  }

  if (me) return <Navigate to="/" replace />;

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 px-4 py-10">
      <div>
        <h1 className="text-2xl font-bold">{t('app.name')}</h1>
        <p className="text-ink-muted">{t('login.subtitle')}</p>
      </div>
      <form
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-describedby={failure ? 'login-error' : undefined}
        className="flex flex-col gap-4 rounded-xl border border-line bg-surface-raised p-6"
      >
        <h2 className="text-xl font-semibold">{t('login.title')}</h2>
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          aria-invalid={failure ? true : undefined}
          required
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={failure ? true : undefined}
          required
        />
        {asksCode ? (
          <>
            <TextField
              label={t(useRecovery ? 'login.recoveryCode' : 'login.totpCode')}
              name={useRecovery ? 'recoveryCode' : 'totpCode'}
              autoComplete="one-time-code"
              inputMode={useRecovery ? 'text' : 'numeric'}
              autoCapitalize="none"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
            />
            <Button
              tone="quiet"
              onClick={() => {
                setUseRecovery(!useRecovery);
                setCode('');
              }}
            >
              {t(useRecovery ? 'login.useTotpCode' : 'login.useRecoveryCode')}
            </Button>
          </>
        ) : null}
        {failure ? (
          <div id="login-error">
            <Notice tone="error" testId="login-error">
              {t(failure.key, failure.params)}
            </Notice>
          </div>
        ) : null}
        <Button type="submit" disabled={loading}>
          {loading ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
    </div>
  );
}
