// Keeps a page that has no scoreboard of its own (an official, an indicator) current: it listens
// to `scoreboardChanged` of the scope the page belongs to and refetches on a DELTA, on a
// HEARTBEAT ahead of the newest sequence seen (something changed that carried no figure), and
// after the socket reconnects. Refetches are throttled.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useConnectionStatus } from '../../../app/apollo/useConnectionStatus';
import { WallScoreboardChangedDocument } from '../../wall/graphql/scoreboardChangedSubscription.generated';
import { isSeqAhead } from '../../wall/utils/isSeqAhead';
import { subscribeForever } from '../../wall/utils/subscribeForever';
import { createThrottle } from '../utils/createThrottle';

const MIN_INTERVAL_MS = 5_000;

export function useScopeLiveRefresh(
  scopeId: string | null | undefined,
  year: number,
  month: number,
  refetch: () => unknown,
): void {
  const client = useApolloClient();
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  }, [refetch]);
  const throttleRef = useRef<ReturnType<typeof createThrottle> | null>(null);

  useEffect(() => {
    if (!scopeId) return;
    const throttled = createThrottle(
      () => void Promise.resolve(refetchRef.current()).catch(() => undefined),
      MIN_INTERVAL_MS,
    );
    throttleRef.current = throttled;
    // The first heartbeat sets the baseline; the page was loaded just before subscribing.
    let seen: string | null = null;
    const stop = subscribeForever(
      client,
      WallScoreboardChangedDocument,
      { scopeId, year, month },
      ({ scoreboardChanged: msg }) => {
        const ahead = seen === null || isSeqAhead(msg.seq, seen);
        if (msg.kind === 'DELTA') throttled();
        else if (seen !== null && ahead) throttled();
        if (ahead) seen = msg.seq;
      },
    );
    return () => {
      throttleRef.current = null;
      throttled.cancel();
      stop();
    };
  }, [client, scopeId, year, month]);

  const { connections } = useConnectionStatus();
  const firstConnections = useRef(connections);
  useEffect(() => {
    if (connections > Math.max(1, firstConnections.current)) throttleRef.current?.();
  }, [connections]);
}
