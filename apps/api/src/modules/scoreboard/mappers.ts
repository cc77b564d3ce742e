// Internal models behind the scoreboard module's GraphQL types (used by codegen).
import type { ChangeEvent, Issue } from '@ekinerja/db';
import type { ScoreView } from './providers/scoreboardForScope';

export type IssueSummaryMapper = Issue;
export type ActivityItemMapper = ChangeEvent & { actor: { displayName: string } | null };
export interface AtRiskIndicatorMapper {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  score: ScoreView;
  ownerRef: { type: 'Tenant' | 'OrgUnit'; id: string };
}
