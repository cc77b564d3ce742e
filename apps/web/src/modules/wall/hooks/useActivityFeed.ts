// The live activity feed of the scope: seeded from the scoreboard's latest activity (also after
// a resync), then extended by the `activity` subscription; always at most 30 items.
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { WallActivityDocument } from '../graphql/activitySubscription.generated';
import type { WallActivityItem } from '../types/WallScoreboard';
import { mergeActivity } from '../utils/mergeActivity';
import { subscribeForever } from '../utils/subscribeForever';

export function useActivityFeed(
  scopeId: string,
  seed: readonly WallActivityItem[] | undefined,
): WallActivityItem[] {
  const client = useApolloClient();
  const [items, setItems] = useState<WallActivityItem[]>([]);

  useEffect(() => {
    setItems([]);
    return subscribeForever(client, WallActivityDocument, { scopeId }, ({ activity }) =>
      setItems((current) => mergeActivity(current, [activity])),
    );
  }, [client, scopeId]);

  // After the reset above (effects run in order), so a scope's seed is never wiped.
  useEffect(() => {
    if (seed) setItems((current) => mergeActivity(current, seed));
  }, [seed]);

  return items;
}
