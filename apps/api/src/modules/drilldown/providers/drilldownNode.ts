// Query.node for the drill-down's types: null when missing or outside the viewer's scope.
import type { GraphQLContext } from '../../../context';
import { drilldownLoaders } from './drilldownLoaders';
import {
  readableIndicator,
  readableObjective,
  readableOfficial,
  readableProgram,
  readableScorecard,
  readableSubActivity,
} from './drilldownObjects';

export async function resolveDrilldownNode(ctx: GraphQLContext, type: string, id: string) {
  switch (type) {
    case 'Official':
      return readableOfficial(ctx, id);
    case 'Scorecard':
      return readableScorecard(ctx, await drilldownLoaders(ctx).scorecard.load(id));
    case 'Objective':
      return readableObjective(ctx, id);
    case 'Indicator':
      return readableIndicator(ctx, id);
    case 'Program':
      return readableProgram(ctx, id);
    case 'SubActivity':
      return readableSubActivity(ctx, id);
    default:
      return null;
  }
}
