// A problem as clients see it: global ids, ISO times, who raised it and its owner node.
import type { IssueResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';

export const Issue: IssueResolvers = {
  id: (i) => toGlobalId('Issue', i.id),
  createdAt: (i) => i.createdAt.toISOString(),
  resolvedAt: (i) => i.resolvedAt?.toISOString() ?? null,
  raisedBy: (i) => i.raisedBy?.displayName ?? null,
  owner: (i, _args, ctx) =>
    scopeNode(ctx, i.orgUnitId ? { type: 'OrgUnit', id: i.orgUnitId } : { type: 'Tenant', id: i.tenantId }),
  indicatorId: (i) => (i.indicatorId ? toGlobalId('Indicator', i.indicatorId) : null),
};
