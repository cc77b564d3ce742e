// A cause–effect link between two objectives of the strategy map.
import type { ObjectiveLinkResolvers } from '../../../generated/resolverTypes';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { tagged } from '../../drilldown/providers/drilldownObjects';

export const ObjectiveLink: ObjectiveLinkResolvers = {
  from: async (l, _, ctx) => {
    const objective = await drilldownLoaders(ctx).objective.load(l.fromObjectiveId);
    if (!objective) throw new Error(`objective ${l.fromObjectiveId} not found`);
    return tagged.objective(objective);
  },
  to: async (l, _, ctx) => {
    const objective = await drilldownLoaders(ctx).objective.load(l.toObjectiveId);
    if (!objective) throw new Error(`objective ${l.toObjectiveId} not found`);
    return tagged.objective(objective);
  },
};
