// "Verifikasi dua langkah" on the account page: turn it on by scanning the QR code (or typing the
// secret) into an authenticator app and confirming with its first code, then keep the recovery
// codes, shown only once; or turn it off with the password.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { TextField } from '../../../ui/form/TextField';
import { Notice } from '../../../ui/Notice';
import { BeginTotpSetupDocument } from '../graphql/beginTotpSetupMutation.generated';
import { ConfirmTotpSetupDocument } from '../graphql/confirmTotpSetupMutation.generated';
import { DisableTotpDocument } from '../graphql/disableTotpMutation.generated';
import { TwoFactorStatusDocument } from '../graphql/twoFactorStatusQuery.generated';

/** The catalog key for a refusal of a two-factor step, by the field and rule the API names. */
function refusalKey(error: unknown): string {
  const { code, field, rule } = apiErrorOf(error);
  if (code === 'NETWORK') return 'account.twoFactor.errors.network';
  if (code === 'RATE_LIMITED') return 'account.password.errors.rateLimited';
  if (field === 'code') return 'account.twoFactor.errors.code';
  if (field === 'currentPassword') return 'account.password.errors.incorrect';
  if (field === 'totp' && rule === 'required') return 'account.twoFactor.errors.required';
  return 'account.twoFactor.errors.unknown';
}

export function TwoFactorSection() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(TwoFactorStatusDocument);
  const [begin, beginning] = useMutation(BeginTotpSetupDocument);
  const [confirm, confirming] = useMutation(ConfirmTotpSetupDocument);
  const [disable, disabling] = useMutation(DisableTotpDocument);
  const [setup, setSetup] = useState<{ secret: string; qrCode: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const busy = beginning.loading || confirming.loading || disabling.loading;
  const enabled = data?.me?.twoFactorEnabled ?? false;

  const run = async (step: () => Promise<void>) => {
    setError(null);
    try {
      await step();
      setValue('');
    } catch (caught) {
      setError(refusalKey(caught));
    }
  };
  const start = () =>
    run(async () => {
      const result = await begin();
      setRecoveryCodes(null);
      setSetup(result.data?.beginTotpSetup ?? null);
    });
  const finish = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await confirm({ variables: { input: { code: value } } });
      setSetup(null);
      setRecoveryCodes(result.data?.confirmTotpSetup ?? []);
      await refetch();
    });
  };
  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await disable({ variables: { input: { currentPassword: value } } });
      setRecoveryCodes(null);
      await refetch();
    });
  };

  return (
    <section className="flex flex-col gap-3" aria-labelledby="two-factor-title" data-testid="two-factor">
      <h2 id="two-factor-title" className="text-xl font-semibold">
        {t('account.twoFactor.title')}
      </h2>
      <p className="text-ink-muted">
        {enabled
          ? t('account.twoFactor.on', { count: data?.myRecoveryCodesLeft ?? 0 })
          : t('account.twoFactor.off')}
      </p>
      {recoveryCodes ? (
        <div className="flex flex-col gap-2" data-testid="recovery-codes">
          <Notice tone="info">{t('account.twoFactor.recoveryIntro')}</Notice>
          <ul className="grid grid-cols-2 gap-1 font-mono">
            {recoveryCodes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!enabled && !setup ? (
        <Button className="self-start" disabled={busy} onClick={() => void start()}>
          {t('account.twoFactor.start')}
        </Button>
      ) : null}
      {!enabled && setup ? (
        <>
          <p>{t('account.twoFactor.scan')}</p>
          <img src={setup.qrCode} alt={t('account.twoFactor.qrAlt')} width={240} height={240} />
          <p className="text-sm text-ink-muted">
            {t('account.twoFactor.secret')} <code className="break-all">{setup.secret}</code>
          </p>
        </>
      ) : null}
      {enabled || setup ? (
        <form noValidate className="flex flex-col gap-3" onSubmit={enabled ? turnOff : finish}>
          <TextField
            label={t(enabled ? 'account.password.currentPassword' : 'account.twoFactor.code')}
            {...(enabled
              ? { type: 'password', autoComplete: 'current-password' }
              : { inputMode: 'numeric' as const, autoComplete: 'one-time-code' })}
            value={value}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setValue(event.target.value)}
          />
          <Button type="submit" tone={enabled ? 'quiet' : 'primary'} className="self-start" disabled={busy}>
            {t(enabled ? 'account.twoFactor.disable' : 'account.twoFactor.confirm')}
          </Button>
        </form>
      ) : null}
      {error ? <Notice tone="error">{t(error)}</Notice> : null}
    </section>
  );
}
