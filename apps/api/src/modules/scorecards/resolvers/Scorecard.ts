// A scorecard's strategy map: owner, score, perspectives, objectives and cause–effect links.
import type { ScorecardResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { orgLoaders } from '../../org/providers/orgLoaders';
import { monthArg } from '../../drilldown/lib/args';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableOfficial, readableUnit, tagged } from '../../drilldown/providers/drilldownObjects';
import { storedScore } from '../../drilldown/providers/storedScore';

export const Scorecard: ScorecardResolvers = {
  id: (s) => toGlobalId('Scorecard', s.id),
  owner: async (s, _, ctx) => {
    if (s.ownerKind === 'OFFICIAL') return readableOfficial(ctx, s.officialId);
    if (s.ownerKind === 'ORG_UNIT') return readableUnit(ctx, s.orgUnitId);
    // The scorecard was readable, and a tenant's scorecard has the tenant's scope.
    const tenant = await orgLoaders(ctx).tenant.load(s.tenantId);
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
};
