// Refetches figures that live deltas do not carry (strategy map, trend, officials, programs)
// whenever the live scoreboard's sequence moves; throttled, because a busy province moves it
// several times a second.
import { useEffect, useRef } from 'react';
import { createThrottle } from '../utils/createThrottle';

const MIN_INTERVAL_MS = 10_000;

export function useRefreshOnSeq(seq: string | undefined, refetch: () => unknown): void {
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  }, [refetch]);
  const throttleRef = useRef<ReturnType<typeof createThrottle> | null>(null);
  useEffect(() => {
    const throttled = createThrottle(
      () => void Promise.resolve(refetchRef.current()).catch(() => undefined),
      MIN_INTERVAL_MS,
    );
    throttleRef.current = throttled;
    return () => throttled.cancel();
  }, []);
  const firstSeq = useRef(seq);
  useEffect(() => {
    if (seq === undefined) return;
    if (firstSeq.current === undefined) {
      firstSeq.current = seq;
      return;
    }
    if (seq !== firstSeq.current) throttleRef.current?.();
  }, [seq]);
}
