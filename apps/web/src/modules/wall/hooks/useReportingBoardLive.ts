// The "belum melapor" rows for the wall, fetched again whenever the live scoreboard's sequence
// moves (a verification arrives as a delta, anything else at the latest with the heartbeat's
// resync), so a row turns complete without a reload.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { WallReportingBoardDocument } from '../graphql/wallReportingBoardQuery.generated';
import type { WallScoreboard } from '../types/WallScoreboard';
import { reportingMonthOf } from '../utils/reportingMonthOf';

export function useReportingBoardLive(scopeId: string, board: WallScoreboard) {
  const period = reportingMonthOf(board);
  const { data, refetch } = useQuery(WallReportingBoardDocument, {
    variables: { scopeId, ...period },
    fetchPolicy: 'cache-and-network',
  });
  const seen = useRef(board.seq);
  useEffect(() => {
    if (seen.current === board.seq) return;
    seen.current = board.seq;
    // A failed refetch keeps the rows shown; the next change tries again.
    void refetch().catch(() => undefined);
  }, [board.seq, refetch]);
  return { period, rows: data?.reportingBoard.rows ?? null };
}
