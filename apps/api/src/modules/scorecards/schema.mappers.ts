// Internal models behind the scorecards module's GraphQL types (used by codegen).
import type { Objective, ObjectiveLink, Perspective, Scorecard, ScorecardPerspective } from '@ekinerja/db';

export type ScorecardMapper = Scorecard & { __typename?: 'Scorecard' };
/** The scorecard's tenant and year travel along: scores and settings need them. */
export type ScorecardPerspectiveMapper = ScorecardPerspective & { tenantId: string; year: number };
/** The scorecard (scope, tenant, year) and the perspective kind travel along with the row. */
export type ObjectiveMapper = Objective & {
  scorecard: Pick<Scorecard, 'id' | 'tenantId' | 'year' | 'ownerKind' | 'orgUnitId' | 'officialId'>;
  perspectiveKind: Perspective;
  __typename?: 'Objective';
};
export type ObjectiveLinkMapper = ObjectiveLink;
