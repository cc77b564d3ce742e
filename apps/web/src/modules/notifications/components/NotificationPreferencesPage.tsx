// `/account/notifications`: per kind of notification, in the app only, by e-mail at once, or in a
// daily e-mail digest. Each choice is saved as soon as it is made.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { NotificationDelivery, NotificationKind } from '../../../gql/graphql';
import { LANGUAGES } from '../../../i18n/languages';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
import { useMe } from '../../auth/hooks/useMe';
import { SetMailLanguageDocument } from '../graphql/setMailLanguageMutation.generated';
import { MailAddressForm } from './MailAddressForm';
import { NotificationPreferencesDocument } from '../graphql/notificationPreferencesQuery.generated';
import { SetNotificationPreferenceDocument } from '../graphql/setNotificationPreferenceMutation.generated';

const DELIVERIES: readonly NotificationDelivery[] = ['IN_APP', 'EMAIL', 'DIGEST'];

export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(NotificationPreferencesDocument);
  const [save, { loading }] = useMutation(SetNotificationPreferenceDocument, {
    // Preferences carry no id to normalise by: read the saved list back.
    refetchQueries: [NotificationPreferencesDocument],
    awaitRefetchQueries: true,
  });
  // The user's id normalises the answer into the cached viewer, so the select follows it.
  const [saveLanguage, { loading: savingLanguage }] = useMutation(SetMailLanguageDocument);
  const { me } = useMe();
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const languages = Object.keys(LANGUAGES).map((code) => ({ value: code, label: t(`languages.${code}`) }));
  const options = DELIVERIES.map((delivery) => ({
    value: delivery,
    label: t(`notifications.delivery.${delivery}`),
  }));

  const saving = async (write: () => Promise<unknown>) => {
    setStatus(null);
    try {
      await write();
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  const choose = (kind: NotificationKind, delivery: NotificationDelivery) =>
    saving(() => save({ variables: { input: { kind, delivery, clientMutationId: newMutationId() } } }));
  const chooseLanguage = (locale: string) =>
    saving(() => saveLanguage({ variables: { input: { locale, clientMutationId: newMutationId() } } }));

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
      <h1 className="text-2xl font-bold">{t('notifications.preferences.title')}</h1>
      <p className="text-ink-muted">{t('notifications.preferences.intro')}</p>
      <MailAddressForm />
      {error ? <Notice tone="error">{t('notifications.failed')}</Notice> : null}
      {!data && !error ? <LoadingState /> : null}
      {me ? (
        <LabelledSelect
          label={t('notifications.preferences.mailLanguage')}
          options={languages}
          value={me.locale === 'en' ? 'en' : 'id'}
          disabled={savingLanguage}
          onChange={(event) => void chooseLanguage(event.target.value)}
        />
      ) : null}
      <div className="flex flex-col gap-3" data-testid="notification-preferences">
        {data?.notificationPreferences.map((preference) => (
          <LabelledSelect
            key={preference.kind}
            label={t(`notifications.kindName.${preference.kind}`)}
            options={options}
            value={preference.delivery}
            disabled={loading}
            onChange={(event) => void choose(preference.kind, event.target.value as NotificationDelivery)}
          />
        ))}
      </div>
      {status === 'saved' ? <Notice tone="info">{t('notifications.preferences.saved')}</Notice> : null}
      {status === 'failed' ? <Notice tone="error">{t('notifications.preferences.failed')}</Notice> : null}
    </div>
  );
}
