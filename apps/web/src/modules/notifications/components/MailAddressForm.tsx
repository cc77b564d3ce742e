// The viewer's e-mail address for notifications: saved on submit, checked by the API.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { Button } from '../../../ui/Button';
import { apiErrorOf } from '../../../ui/form/apiErrorOf';
import { Notice } from '../../../ui/Notice';
import { TextField } from '../../../ui/form/TextField';
import { MailAddressDocument } from '../graphql/mailAddressQuery.generated';
import { SetMailAddressDocument } from '../graphql/setMailAddressMutation.generated';

export function MailAddressForm() {
  const { t } = useTranslation();
  const { data } = useQuery(MailAddressDocument);
  const [save, { loading }] = useMutation(SetMailAddressDocument);
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<'saved' | 'invalid' | 'failed' | null>(null);
  const value = draft ?? data?.me?.email ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    try {
      await save({ variables: { input: { email: value, clientMutationId: newMutationId() } } });
      setDraft(null);
      setStatus('saved');
    } catch (error) {
      setStatus(apiErrorOf(error).code === 'BAD_USER_INPUT' ? 'invalid' : 'failed');
    }
  };

  return (
    <form className="flex flex-col gap-2" onSubmit={(event) => void submit(event)}>
      <TextField
        label={t('notifications.preferences.mailAddress')}
        type="email"
        autoComplete="email"
        value={value}
        aria-invalid={status === 'invalid'}
        onChange={(event) => setDraft(event.target.value)}
      />
      <p className="text-sm text-ink-muted">{t('notifications.preferences.mailAddressHint')}</p>
      <Button type="submit" className="self-start" disabled={loading}>
        {t('notifications.preferences.saveAddress')}
      </Button>
      {status === 'saved' ? <Notice tone="info">{t('notifications.preferences.saved')}</Notice> : null}
      {status === 'invalid' ? (
        <Notice tone="error">{t('notifications.preferences.invalidEmail')}</Notice>
      ) : null}
      {status === 'failed' ? <Notice tone="error">{t('notifications.preferences.failed')}</Notice> : null}
    </form>
  );
}
