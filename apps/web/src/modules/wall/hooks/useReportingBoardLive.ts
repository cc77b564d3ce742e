// The "belum melapor" rows for the wall, fetched again whenever the live scoreboard's sequence
// moves (a verification arrives as a delta, anything else at the latest with the heartbeat's
// resync), so a row turns complete without a reload. Refetches are throttled: on a deadline day
// changes arrive many times a second, and every wall showing the panel would ask for the board.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { createThrottle } from '../../dashboard/utils/createThrottle';
import { WallReportingBoardDocument } from '../graphql/wallReportingBoardQuery.generated';
import type { WallScoreboard } from '../types/WallScoreboard';
import { reportingMonthOf } from '../utils/reportingMonthOf';

/** The first change refetches at once (a row turns green within a second); a burst folds into one. */
const MIN_INTERVAL_MS = 3_000;

export function useReportingBoardLive(scopeId: string, board: WallScoreboard) {
  const period = reportingMonthOf(board);
  const { data, refetch } = useQuery(WallReportingBoardDocument, {
    variables: { scopeId, ...period },
    fetchPolicy: 'cache-and-network',
  });
  const refetchRef = useRef(refetch);
  useEffect(() => {
    refetchRef.current = refetch;
  }, [refetch]);
  const throttled = useRef<ReturnType<typeof createThrottle> | null>(null);
  useEffect(() => {
    // A failed refetch keeps the rows shown; the next change tries again.
    const t = createThrottle(() => void refetchRef.current().catch(() => undefined), MIN_INTERVAL_MS);
    throttled.current = t;
    return () => {
      throttled.current = null;
      t.cancel();
    };
  }, []);
  const seen = useRef(board.seq);
  useEffect(() => {
    if (seen.current === board.seq) return;
    seen.current = board.seq;
    throttled.current?.();
  }, [board.seq]);
  return { period, rows: data?.reportingBoard.rows ?? null };
}
