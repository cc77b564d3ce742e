// An indicator due from the operator in the period: global ids, owner node, deadline as ISO text.
import type { EntryTaskResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { scopeNode } from '../../org/providers/orgLoaders';

export const EntryTask: EntryTaskResolvers = {
  indicatorId: (t) => toGlobalId('Indicator', t.indicatorId),
  owner: (t, _args, ctx) => scopeNode(ctx, t.ownerRef),
  deadline: (t) => t.deadline.toISOString(),
  opensAt: (t) => t.opensAt.toISOString(),
  locksAt: (t) => t.locksAt?.toISOString() ?? null,
};
