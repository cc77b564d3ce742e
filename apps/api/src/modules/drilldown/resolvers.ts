// Resolvers of the drill-down: every object is checked against the viewer's scopes where it is reached.
import type { Resolvers } from '../../generated/resolvers';
import { indicatorResolvers } from './resolvers/Indicator';
import { objectiveResolvers } from './resolvers/Objective';
import { officialResolvers } from './resolvers/Official';
import { orgUnitResolvers } from './resolvers/OrgUnit';
import { programResolvers } from './resolvers/Program';
import { scorecardResolvers } from './resolvers/Scorecard';
import { tenantResolvers } from './resolvers/Tenant';

export { resolveDrilldownNode } from './resolvers/node';

export const drilldownResolvers: Resolvers = {
  ...tenantResolvers,
  ...orgUnitResolvers,
  ...officialResolvers,
  ...scorecardResolvers,
  ...objectiveResolvers,
  ...indicatorResolvers,
  ...programResolvers,
};
