// The viewer changes their password: the current one, then the new one (the API checks its
// strength); every other session ends, and the page lists what is left.
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import type { FormMessage } from '../../../ui/form/FormMessage';
import { TextField } from '../../../ui/form/TextField';
import { Notice } from '../../../ui/Notice';
import { ChangePasswordDocument } from '../graphql/changePasswordMutation.generated';
import { MySessionsDocument } from '../graphql/mySessionsQuery.generated';
import { passwordChangeErrorOf } from '../utils/passwordChangeErrorOf';

const FIELDS = [
  { name: 'currentPassword', autoComplete: 'current-password' },
  { name: 'newPassword', autoComplete: 'new-password' },
] as const;
const EMPTY = { currentPassword: '', newPassword: '' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MySessionsDocument],
  });
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<FormMessage | null>(null);
  const [ended, setEnded] = useState<number | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setEnded(null);
    try {
      const { data } = await change({
        variables: { input: { ...draft, clientMutationId: newMutationId() } },
      });
      setDraft(EMPTY);
      setEnded(data?.changePassword.endedSessions ?? 0);
    } catch (caught) {
      setError(passwordChangeErrorOf(caught));
    }
  };
  const messageFor = (field: string) => (error?.field === field ? t(error.key, error.params) : null);

  return (
    <form noValidate className="flex flex-col gap-3" onSubmit={(event) => void submit(event)}>
      <h2 className="text-xl font-semibold">{t('account.password.title')}</h2>
      {FIELDS.map(({ name, autoComplete }) => (
        <div key={name} className="flex flex-col gap-1">
          <TextField
            label={t(`account.password.${name}`)}
            type="password"
            autoComplete={autoComplete}
            value={draft[name]}
            aria-invalid={messageFor(name) ? true : undefined}
            onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
          />
          {name === 'newPassword' ? (
            <p className="text-sm text-ink-muted">{t('account.password.hint')}</p>
          ) : null}
          {messageFor(name) ? <p className="text-sm text-danger">{messageFor(name)}</p> : null}
        </div>
      ))}
      <Button type="submit" className="self-start" disabled={loading}>
        {t('account.password.submit')}
      </Button>
      {messageFor('form') ? <Notice tone="error">{messageFor('form')}</Notice> : null}
      {ended !== null ? <Notice tone="info">{t('account.password.done', { count: ended })}</Notice> : null}
    </form>
  );
}
