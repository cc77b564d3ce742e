// Internal models behind the scoreboard module's GraphQL types (used by codegen).
import type { ChangeEvent, Issue } from '@ekinerja/db';
import type { Scope } from '../org/providers/readableScope';
import type { ScoreboardFigures, ScoreView } from './providers/scoreboardFigures';

/** The figures, filtered to what the viewer may read; the lists are read by field resolvers. */
export type ScoreboardMapper = ScoreboardFigures & { scopeRef: Scope; year: number; month: number };
export type IssueSummaryMapper = Issue;
/** A change as the feed shows it; the chain's hashes are for `audit verify`, not the feed. */
export type ActivityItemMapper = Omit<ChangeEvent, 'hash' | 'prevHash'> & {
  actor: { displayName: string } | null;
};
export interface AtRiskIndicatorMapper {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  score: ScoreView;
  ownerRef: { type: 'Tenant' | 'OrgUnit'; id: string };
}
