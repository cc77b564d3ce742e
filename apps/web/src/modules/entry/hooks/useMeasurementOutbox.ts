// The signed-in user's outbox of measurement saves: one per user for the page's lifetime, sending
// through the app's Apollo client and retrying as soon as the browser is back online.
import { useApolloClient } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { useEffect, useSyncExternalStore } from 'react';
import { SaveMeasurementDocument } from '../graphql/saveMeasurementMutation.generated';
import { SubmitMeasurementDocument } from '../graphql/submitMeasurementMutation.generated';
import { MeasurementOutbox, type SaveSender } from '../outbox/MeasurementOutbox';

const outboxes = new Map<string, MeasurementOutbox>();

function senderFor(client: ApolloClient): SaveSender {
  return async (entry) => {
    const saved = await client.mutate({
      mutation: SaveMeasurementDocument,
      variables: { input: entry.input },
    });
    const measurement = saved.data!.saveMeasurement.measurement;
    if (!entry.submitMutationId) return measurement;
    const submitted = await client.mutate({
      mutation: SubmitMeasurementDocument,
      variables: {
        input: {
          measurementId: measurement.id,
          expectedVersion: measurement.version,
          clientMutationId: entry.submitMutationId,
        },
      },
    });
    return submitted.data!.submitMeasurement.measurement;
  };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function outboxFor(userId: string, client: ApolloClient): MeasurementOutbox {
  let outbox = outboxes.get(userId);
  if (!outbox) {
    outbox = new MeasurementOutbox({
      storage: storage(),
      storageKey: `ekinerja.outbox.${userId}`,
      send: senderFor(client),
    });
    outboxes.set(userId, outbox);
    // Saves left from an earlier visit go out now.
    void outbox.flush();
  }
  return outbox;
}

export function useMeasurementOutbox(userId: string) {
  const client = useApolloClient();
  const outbox = outboxFor(userId, client);
  const state = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  useEffect(() => {
    const retry = () => void outbox.flush();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [outbox]);
  return { outbox, state };
}
