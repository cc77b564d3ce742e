// Shapes the wall works with, taken from the generated operation types.
import type { WallScoreboardChangedSubscription, WallScoreboardQuery } from '../../../gql/graphql';

export type WallScoreboard = WallScoreboardQuery['scoreboard'];
export type WallRankedUnit = WallScoreboard['ranking'][number];
export type WallActivityItem = WallScoreboard['latestActivity'][number];
export type WallDelta = WallScoreboardChangedSubscription['scoreboardChanged'];
