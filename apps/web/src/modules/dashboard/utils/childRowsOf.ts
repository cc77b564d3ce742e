// Flattens the scoreboard's ranked units into the rows of the ranking table.
import type { WallRankedUnit } from '../../wall/types/WallScoreboard';
import type { ChildRow } from '../types/ChildRow';

export function childRowsOf(units: readonly WallRankedUnit[]): ChildRow[] {
  return units.map((u) => ({
    id: u.node.id,
    name: u.node.name,
    score: u.score.value ?? null,
    band: u.score.band,
    rank: u.rank,
    absorption: u.budget?.absorption ?? null,
  }));
}
