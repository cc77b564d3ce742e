// A scorecard's strategy map: perspectives, objectives grouped by perspective, cause–effect links.
import type { Resolvers } from '../../../generated/resolvers';
import { toGlobalId } from '../../../ids';
import { monthArg } from '../lib/args';
import { drilldownLoaders } from '../providers/drilldownLoaders';
import { readableOfficial, readableUnit, tagged } from '../providers/drilldownObjects';
import { storedScore } from '../providers/storedScore';

export const scorecardResolvers: Resolvers = {
  ScorecardOwner: {
    __resolveType: (owner) =>
      owner.__typename ?? ('nip' in owner ? 'Official' : 'tenantId' in owner ? 'OrgUnit' : 'Tenant'),
  },
  Scorecard: {
    id: (s) => toGlobalId('Scorecard', s.id),
    owner: async (s, _, ctx) => {
      if (s.ownerKind === 'OFFICIAL') return readableOfficial(ctx, s.officialId);
      if (s.ownerKind === 'ORG_UNIT') return readableUnit(ctx, s.orgUnitId);
      // The scorecard was readable, and a tenant's scorecard has the tenant's scope.
      const tenant = await ctx.loaders.org.tenant.load(s.tenantId);
      return tenant ? tagged.tenant(tenant) : null;
    },
    score: (s, args, ctx) =>
      storedScore(ctx, { tenantId: s.tenantId, nodeId: s.id }, s.year, monthArg(args.month)),
    perspectives: async (s, _, ctx) =>
      (await drilldownLoaders(ctx).perspectivesByScorecard.load(s.id)).map((p) => ({
        ...p,
        tenantId: s.tenantId,
        year: s.year,
      })),
    // Objectives and links share their scorecard's scope: reading it is reading them.
    objectives: async (s, _, ctx) =>
      (await drilldownLoaders(ctx).objectivesByScorecard.load(s.id)).map(tagged.objective),
    links: (s, _, ctx) => drilldownLoaders(ctx).linksByScorecard.load(s.id),
  },
  ScorecardPerspective: {
    // Not a node: the id only keeps client caches apart.
    id: (p) => `ScorecardPerspective:${p.id}`,
    score: (p, args, ctx) =>
      storedScore(ctx, { tenantId: p.tenantId, nodeId: p.id }, p.year, monthArg(args.month)),
    objectives: async (p, _, ctx) =>
      (await drilldownLoaders(ctx).objectivesByScorecard.load(p.scorecardId))
        .filter((o) => o.perspectiveId === p.id)
        .map(tagged.objective),
  },
  ObjectiveLink: {
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
  },
};
