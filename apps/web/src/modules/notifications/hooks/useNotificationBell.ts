// The bell's data: the newest notifications and the unread count, kept current by the
// `notificationBell` subscription (the list is refetched when the count changes), and the
// mark-read actions, whose answer replaces the cached inbox.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { newMutationId } from '../../../app/apollo/newMutationId';
import { subscribeForever } from '../../wall/utils/subscribeForever';
import { MarkNotificationsReadDocument } from '../graphql/markNotificationsReadMutation.generated';
import { NotificationBellDocument } from '../graphql/notificationBellSubscription.generated';
import { NotificationsDocument } from '../graphql/notificationsQuery.generated';

export function useNotificationBell() {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(NotificationsDocument);
  const [liveCount, setLiveCount] = useState<number | null>(null);
  const shownCount = useRef<number | undefined>(undefined);
  shownCount.current = data?.notifications.unreadCount;

  useEffect(
    () =>
      subscribeForever(client, NotificationBellDocument, {}, ({ notificationBell }) => {
        setLiveCount(notificationBell.unreadCount);
        if (notificationBell.unreadCount !== shownCount.current) void refetch().catch(() => undefined);
      }),
    [client, refetch],
  );

  const [mark, { loading: marking }] = useMutation(MarkNotificationsReadDocument, {
    update(cache, result) {
      const inbox = result.data?.markNotificationsRead;
      if (inbox) cache.writeQuery({ query: NotificationsDocument, data: { notifications: inbox } });
    },
  });
  const markRead = useCallback(
    async (ids: string[] | null) => {
      const result = await mark({ variables: { input: { ids, clientMutationId: newMutationId() } } });
      const inbox = result.data?.markNotificationsRead;
      if (inbox) setLiveCount(inbox.unreadCount);
    },
    [mark],
  );

  const items = data?.notifications.items ?? [];
  const unreadCount = data ? data.notifications.unreadCount : (liveCount ?? 0);
  return { items, unreadCount, error, markRead, marking };
}
