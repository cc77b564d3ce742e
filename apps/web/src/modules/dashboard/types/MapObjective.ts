// The scorecard shapes the drill-down pages work with, from the generated operation types.
import type { ScorecardMapQuery } from '../graphql/scorecardMapQuery.generated';

type ScorecardNode = Extract<NonNullable<ScorecardMapQuery['node']>, { __typename: 'Scorecard' }>;

export type ScorecardView = ScorecardNode;
export type MapObjective = ScorecardNode['objectives'][number];
export type MapIndicator = MapObjective['indicators'][number];
export type MapLink = ScorecardNode['links'][number];
