// Keeps an indicator page current: the `activity` feed of the indicator's owner scope refetches
// the figures on measurement events and the issues/directives on theirs (the feed names the
// measurement, not its indicator, so every measurement event of the scope counts; throttled),
// and everything is refetched after the socket reconnects.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useConnectionStatus } from '../../../app/apollo/useConnectionStatus';
import { createThrottle } from '../../dashboard/utils/createThrottle';
import { WallActivityDocument } from '../../wall/graphql/activitySubscription.generated';
import { subscribeForever } from '../../wall/utils/subscribeForever';

const MIN_INTERVAL_MS = 5_000;
const FIGURE_EVENTS = new Set(['Measurement', 'PeriodLock']);
const ISSUE_EVENTS = new Set(['Issue', 'Directive']);

export function useIndicatorLive(
  scopeId: string | null | undefined,
  refetchFigures: () => unknown,
  refetchIssues: () => unknown,
): void {
  const client = useApolloClient();
  const refs = useRef({ refetchFigures, refetchIssues });
  useEffect(() => {
    refs.current = { refetchFigures, refetchIssues };
  }, [refetchFigures, refetchIssues]);
  const throttles = useRef<{ figures: () => void; issues: () => void } | null>(null);

  useEffect(() => {
    if (!scopeId) return;
    const safe = (fn: () => unknown) => () => void Promise.resolve(fn()).catch(() => undefined);
    const figures = createThrottle(
      safe(() => refs.current.refetchFigures()),
      MIN_INTERVAL_MS,
    );
    const issues = createThrottle(
      safe(() => refs.current.refetchIssues()),
      MIN_INTERVAL_MS,
    );
    throttles.current = { figures, issues };
    const stop = subscribeForever(client, WallActivityDocument, { scopeId }, ({ activity }) => {
      if (FIGURE_EVENTS.has(activity.entityType)) figures();
      else if (ISSUE_EVENTS.has(activity.entityType)) issues();
    });
    return () => {
      throttles.current = null;
      figures.cancel();
      issues.cancel();
      stop();
    };
  }, [client, scopeId]);

  const { connections } = useConnectionStatus();
  const firstConnections = useRef(connections);
  useEffect(() => {
    if (connections > Math.max(1, firstConnections.current)) {
      throttles.current?.figures();
      throttles.current?.issues();
    }
  }, [connections]);
}
