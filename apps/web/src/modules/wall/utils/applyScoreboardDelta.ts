// Folds a live DELTA into the scoreboard the wall shows. A delta carries the full new state of
// each changed node (not an increment), so applying it is idempotent; the caller only applies
// deltas newer than the board's `seq`. Nodes the board does not list (units this viewer may not
// read) are ignored rather than added.
import type { WallDelta, WallRankedUnit, WallScoreboard } from '../types/WallScoreboard';

type Change = WallDelta['changes'][number];

function patchUnit(row: WallRankedUnit, change: Change): WallRankedUnit {
  return {
    ...row,
    score: change.score,
    rank: change.rank ?? row.rank,
    index: change.index,
    timeliness: change.timeliness,
    budget: change.budget,
  };
}

function patchUnits(rows: WallRankedUnit[], changes: Map<string, Change>): WallRankedUnit[] {
  if (changes.size === 0) return rows;
  return rows.map((row) => {
    const change = changes.get(row.node.id);
    return change ? patchUnit(row, change) : row;
  });
}

/** Best first: the server's order where it names the unit, then by rank. */
function ordered(rows: WallRankedUnit[], order: readonly string[]): WallRankedUnit[] {
  const position = new Map(order.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => {
    const pa = position.get(a.node.id) ?? Number.MAX_SAFE_INTEGER;
    const pb = position.get(b.node.id) ?? Number.MAX_SAFE_INTEGER;
    return pa - pb || a.rank - b.rank;
  });
}

export function applyScoreboardDelta(board: WallScoreboard, delta: WallDelta): WallScoreboard {
  const byRole = (role: string) =>
    new Map(delta.changes.filter((c) => c.role === role).map((c) => [c.nodeId, c]));
  const scope = delta.changes.find((c) => c.role === 'SCOPE');
  const perspectives = byRole('PERSPECTIVE');
  const ranking = patchUnits(board.ranking, byRole('RANKING'));
  const regencies = patchUnits(board.regencies, byRole('REGENCY'));
  return {
    ...board,
    seq: delta.seq,
    score: scope ? scope.score : board.score,
    budget: scope ? scope.budget : board.budget,
    perspectives:
      perspectives.size === 0
        ? board.perspectives
        : board.perspectives.map((p) => {
            const change = perspectives.get(p.perspective);
            return change ? { ...p, score: change.score } : p;
          }),
    ranking: delta.rankingOrder.length > 0 ? ordered(ranking, delta.rankingOrder) : ranking,
    regencies: [...regencies].sort((a, b) => a.rank - b.rank),
  };
}
