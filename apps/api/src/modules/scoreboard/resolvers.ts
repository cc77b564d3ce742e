// scoreboard(scopeId, year, month): authorised on the scope; children are filtered by the policy.
import { periodInput } from '../../period';
import type { GraphQLContext } from '../../context';
import type { Resolvers } from '../../generated/resolvers';
import { fromZodError, notFound } from '../../errors';
import { fromScopeId, toGlobalId } from '../../ids';
import { can } from '../policy/lib/policy';
import { scopeNode, tenantScopePath, unitScopePath } from '../org/providers/orgLoaders';
import { scoreboardForScope, taggedScope, type Scope } from './providers/scoreboardForScope';

/** Resolves a scope id to its row and checks that the viewer may read it. */
export async function readableScope(
  ctx: GraphQLContext,
  scopeId: string,
): Promise<{ scope: Scope; path: string[] }> {
  const { type, id } = fromScopeId(scopeId);
  if (type === 'Tenant') {
    const row = await ctx.loaders.org.tenant.load(id);
    if (!row) throw notFound('scope');
    const path = await tenantScopePath(ctx.loaders.org, row);
    ctx.authorize('read', path, `Tenant:${id}`);
    return { scope: { type, row }, path };
  }
  const row = await ctx.loaders.org.unit.load(id);
  if (!row) throw notFound('scope');
  const path = await unitScopePath(ctx.loaders.org, row);
  ctx.authorize('read', path, `OrgUnit:${id}`);
  return { scope: { type, row }, path };
}

export const scoreboardResolvers: Resolvers = {
  Query: {
    async scoreboard(_, args, ctx) {
      const period = periodInput.safeParse({ year: args.year, month: args.month });
      if (!period.success) throw fromZodError(period.error);
      const { scope, path } = await readableScope(ctx, args.scopeId);
      const board = await scoreboardForScope(ctx.prisma, scope, period.data.year, period.data.month);
      // A viewer scoped to one unit of a tenant sees the tenant's score but only the units it may read.
      const visible = <T extends { node: { id: string } }>(rows: T[], prefix: string[]) =>
        rows.filter((r) => can(ctx.viewer, 'read', [...prefix, r.node.id]));
      return {
        ...board,
        scope: taggedScope(scope),
        year: period.data.year,
        month: period.data.month,
        ranking: visible(board.ranking, path),
        regencies: visible(board.regencies, path),
        atRisk: board.atRisk.map((r) => ({
          ...r,
          indicatorId: toGlobalId('Indicator', r.indicatorId),
          ownerRef: r.orgUnitId ? { type: 'OrgUnit', id: r.orgUnitId } : { type: 'Tenant', id: r.tenantId },
        })),
      };
    },
  },
  AtRiskIndicator: {
    owner: (r, _, ctx) => scopeNode(ctx, r.ownerRef),
  },
  IssueSummary: {
    id: (i) => `Issue:${i.id}`,
    severity: (i) => i.severity,
    status: (i) => i.status,
    createdAt: (i) => i.createdAt.toISOString(),
    owner: (i, _, ctx) => (i.orgUnitId ? scopeNode(ctx, { type: 'OrgUnit', id: i.orgUnitId }) : null),
  },
  ActivityItem: {
    seq: (e) => e.seq.toString(),
    entityId: (e) => `${e.entityType}:${e.entityId}`,
    at: (e) => e.createdAt.toISOString(),
    actorName: (e) => e.actor?.displayName ?? null,
  },
};
