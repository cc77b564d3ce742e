// A problem as a scoreboard lists it: global id, ISO time and the unit it belongs to.
import type { IssueSummaryResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';

export const IssueSummary: IssueSummaryResolvers = {
  id: (i) => toGlobalId('Issue', i.id),
  severity: (i) => i.severity,
  status: (i) => i.status,
  createdAt: (i) => i.createdAt.toISOString(),
  owner: (i, _args, ctx) => (i.orgUnitId ? scopeNode(ctx, { type: 'OrgUnit', id: i.orgUnitId }) : null),
};
