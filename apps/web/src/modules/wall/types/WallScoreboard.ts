// Shapes the wall works with, taken from the generated operation types.
import type { WallScoreboardChangedSubscription } from '../graphql/scoreboardChangedSubscription.generated';
import type { WallScoreboardQuery } from '../graphql/wallScoreboardQuery.generated';

export type WallScoreboard = WallScoreboardQuery['scoreboard'];
export type WallRankedUnit = WallScoreboard['ranking'][number];
export type WallActivityItem = WallScoreboard['latestActivity'][number];
export type WallDelta = WallScoreboardChangedSubscription['scoreboardChanged'];
