// A scoreboard: its scope node, and the lists beside the figures, each read only when asked for.
import type { ScoreboardResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { taggedScope } from '../../org/providers/readableScope';
import { scoreView } from '../providers/scoreboardFigures';
import { atRiskIndicators, latestActivity, openIssues } from '../providers/scoreboardLists';

export const Scoreboard: ScoreboardResolvers = {
  scope: (b) => taggedScope(b.scopeRef),
  atRisk: async (b, _args, ctx) =>
    (await atRiskIndicators(ctx.prisma, b.scopeRef, b.year, b.month)).map((r) => ({
      indicatorId: toGlobalId('Indicator', r.indicatorId),
      code: r.code,
      name: r.name,
      unit: r.unit,
      score: scoreView(r.score, b.settings),
      ownerRef: r.orgUnitId
        ? { type: 'OrgUnit' as const, id: r.orgUnitId }
        : { type: 'Tenant' as const, id: r.tenantId },
    })),
  openIssues: (b, _args, ctx) => openIssues(ctx.prisma, b.scopeRef),
  latestActivity: (b, _args, ctx) => latestActivity(ctx.prisma, b.scopeRef),
};
