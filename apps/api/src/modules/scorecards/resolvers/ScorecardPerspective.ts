// A perspective of a scorecard with its score and objectives.
import type { ScorecardPerspectiveResolvers } from '../../../generated/resolverTypes';
import { monthArg } from '../../drilldown/lib/args';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { tagged } from '../../drilldown/providers/drilldownObjects';
import { storedScore } from '../../drilldown/providers/storedScore';

export const ScorecardPerspective: ScorecardPerspectiveResolvers = {
  // Not a node: the id only keeps client caches apart.
  id: (p) => `ScorecardPerspective:${p.id}`,
  score: (p, args, ctx) =>
    storedScore(ctx, { tenantId: p.tenantId, nodeId: p.id }, p.year, monthArg(args.month)),
  objectives: async (p, _, ctx) =>
    (await drilldownLoaders(ctx).objectivesByScorecard.load(p.scorecardId))
      .filter((o) => o.perspectiveId === p.id)
      .map(tagged.objective),
};
