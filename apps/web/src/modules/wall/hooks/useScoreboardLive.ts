// The wall's scoreboard, kept live. It is loaded once, then `scoreboardChanged` deltas are folded
// into the cached copy (so every panel re-renders from one source). Resync is by sequence number,
// never by reloading the page:
// - a DELTA newer than the board's `seq` is applied; an older or equal one is already included;
// - a HEARTBEAT whose `seq` is ahead of the board's means something may have been missed (a
//   change between the load and the subscription, or events that changed no figure): the
//   scoreboard is refetched — at once the first time, then at most every 30 s, because events
//   that change no figure (drafts, submissions) also move the sequence while real changes
//   arrive as deltas anyway;
// - after the socket reconnects the scoreboard is refetched at once (the gap is unknown).
// A refetch only replaces the board when it is at least as new as what is shown.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useConnectionStatus } from '../../../app/apollo/useConnectionStatus';
import { WallScoreboardChangedDocument } from '../graphql/scoreboardChangedSubscription.generated';
import { WallScoreboardDocument } from '../graphql/wallScoreboardQuery.generated';
import type { WallScoreboard } from '../types/WallScoreboard';
import { applyScoreboardDelta } from '../utils/applyScoreboardDelta';
import { isSeqAhead } from '../utils/isSeqAhead';
import { subscribeForever } from '../utils/subscribeForever';

const RETRY_LOAD_MS = 10_000;
const HEARTBEAT_RESYNC_MIN_MS = 30_000;

export interface LiveScoreboard {
  board: WallScoreboard | null;
  /** Epoch ms when the shown figures last changed (load, delta or resync). */
  updatedAt: number | null;
  failed: boolean;
}

export function useScoreboardLive(scopeId: string, year: number, month: number): LiveScoreboard {
  const client = useApolloClient();
  const { connections } = useConnectionStatus();
  const { data, error, refetch } = useQuery(WallScoreboardDocument, {
    variables: { scopeId, year, month },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const board = data?.scoreboard ?? null;
  const resyncRef = useRef<(() => void) | null>(null);

  // Live deltas and heartbeats for this scope and month; a new scope or month starts over.
  useEffect(() => {
    const variables = { scopeId, year, month };
    const shownSeq = () =>
      client.cache.readQuery({ query: WallScoreboardDocument, variables })?.scoreboard.seq;
    let cancelled = false;
    let running = false;
    let again = false;
    let lastResyncAt = 0;
    let heartbeatSeq = '0';
    let trailing: ReturnType<typeof setTimeout> | undefined;

    const resync = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      lastResyncAt = Date.now();
      try {
        do {
          again = false;
          const result = await client.query({
            query: WallScoreboardDocument,
            variables,
            fetchPolicy: 'no-cache',
          });
          if (cancelled || !result.data) return;
          const current = shownSeq();
          if (current === undefined || !isSeqAhead(current, result.data.scoreboard.seq)) {
            client.cache.writeQuery({ query: WallScoreboardDocument, variables, data: result.data });
          }
        } while (again && !cancelled);
      } catch {
        // The next heartbeat or reconnect tries again.
      } finally {
        running = false;
      }
    };
    resyncRef.current = () => void resync();

    // Heartbeat-driven refetches are rate-limited; a trailing check catches the last one.
    const resyncForHeartbeat = () => {
      const wait = lastResyncAt + HEARTBEAT_RESYNC_MIN_MS - Date.now();
      if (wait <= 0) {
        void resync();
        return;
      }
      trailing ??= setTimeout(() => {
        trailing = undefined;
        const current = shownSeq();
        if (current !== undefined && isSeqAhead(heartbeatSeq, current)) void resync();
      }, wait);
    };

    const stop = subscribeForever(
      client,
      WallScoreboardChangedDocument,
      variables,
      ({ scoreboardChanged: msg }) => {
        const current = shownSeq();
        if (current === undefined) return; // not loaded yet: the load itself is current
        if (!isSeqAhead(msg.seq, current)) return;
        if (msg.kind === 'HEARTBEAT') {
          heartbeatSeq = msg.seq;
          resyncForHeartbeat();
          return;
        }
        client.cache.updateQuery({ query: WallScoreboardDocument, variables }, (cached) =>
          cached ? { scoreboard: applyScoreboardDelta(cached.scoreboard, msg) } : cached,
        );
      },
    );
    return () => {
      cancelled = true;
      resyncRef.current = null;
      if (trailing !== undefined) clearTimeout(trailing);
      stop();
    };
  }, [client, scopeId, year, month]);

  // Reconnected (not the first connect): refetch, the socket may have been down for a while.
  const firstConnections = useRef(connections);
  useEffect(() => {
    if (connections > Math.max(1, firstConnections.current)) resyncRef.current?.();
  }, [connections]);

  // A failed first load (server down at boot) is retried until it succeeds.
  useEffect(() => {
    if (!error || data) return;
    const timer = setTimeout(() => void refetch().catch(() => undefined), RETRY_LOAD_MS);
    return () => clearTimeout(timer);
  }, [error, data, refetch]);

  // When the month rolls over, the past month's board is dropped from the cache (bounded cache).
  useEffect(
    () => () => {
      client.cache.evict({ fieldName: 'scoreboard', args: { scopeId, year, month } });
      client.cache.gc();
    },
    [client, scopeId, year, month],
  );

  // The time shown as "updated" moves whenever the board's sequence moves.
  const seq = board?.seq;
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  useEffect(() => {
    if (seq !== undefined) setUpdatedAt(Date.now());
  }, [seq]);

  return { board, updatedAt, failed: !!error && !board };
}
