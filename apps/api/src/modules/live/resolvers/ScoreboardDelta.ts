// ScoreboardDelta: served as its mapper holds it; no field needs converting.
import type { ScoreboardDeltaResolvers } from '../../../generated/resolverTypes';

export const ScoreboardDelta: ScoreboardDeltaResolvers = {};
