// For pages without a scoreboard of their own: refetches on live changes of the scope and returns
// a tick that moves with every refetch, so the page's other parts (useRefreshOnSeq) follow.
import { useCallback, useState } from 'react';
import { useScopeLiveRefresh } from './useScopeLiveRefresh';

export function useLiveTick(
  scopeId: string | null | undefined,
  year: number,
  month: number,
  refetch: () => Promise<unknown>,
): string {
  const [tick, setTick] = useState(0);
  const onChange = useCallback(() => {
    setTick((n) => n + 1);
    return refetch();
  }, [refetch]);
  useScopeLiveRefresh(scopeId, year, month, onChange);
  return String(tick);
}
