// `/account/notifications`: per kind of notification, in the app only, by e-mail at once, or in a
// daily e-mail digest. Each choice is saved as soon as it is made.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newMutationId } from '../../../app/apollo/newMutationId';
import type { NotificationDelivery, NotificationKind } from '../../../gql/graphql';
import { LabelledSelect } from '../../../ui/LabelledSelect';
import { LoadingState } from '../../../ui/LoadingState';
import { Notice } from '../../../ui/Notice';
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
  const [status, setStatus] = useState<'saved' | 'failed' | null>(null);
  const options = DELIVERIES.map((delivery) => ({
    value: delivery,
    label: t(`notifications.delivery.${delivery}`),
  }));

  const choose = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setStatus(null);
    try {
      await save({ variables: { input: { kind, delivery, clientMutationId: newMutationId() } } });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4 p-4">
      <h1 className="text-2xl font-bold">{t('notifications.preferences.title')}</h1>
      <p className="text-ink-muted">{t('notifications.preferences.intro')}</p>
      {error ? <Notice tone="error">{t('notifications.failed')}</Notice> : null}
      {!data && !error ? <LoadingState /> : null}
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
