// An indicator in red on a scoreboard: its owner node.
import type { AtRiskIndicatorResolvers } from '../../../generated/resolverTypes';
import { scopeNode } from '../../org/providers/orgLoaders';

export const AtRiskIndicator: AtRiskIndicatorResolvers = {
  owner: (r, _args, ctx) => scopeNode(ctx, r.ownerRef),
};
