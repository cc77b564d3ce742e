// issues and directives of a scope, filtered by the viewer's read scopes.
import type { Resolvers } from '../../generated/resolvers';
import { badInput } from '../../errors';
import { scopeNode } from '../org/providers/orgLoaders';
import { readableScope } from '../scoreboard/resolvers';

const MAX_PAGE = 200;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw badInput('first', 'range', { min: 1, max: MAX_PAGE });
  return size;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export const issuesResolvers: Resolvers = {
  Query: {
    async issues(_, args, ctx) {
      const take = pageSize(args.first);
      const { scope } = await readableScope(ctx, args.scopeId);
      return ctx.prisma.issue.findMany({
        where: {
          ...(scope.type === 'Tenant'
            ? { tenantId: scope.row.id }
            : { orgUnit: { ancestorIds: { has: scope.row.id } } }),
          ...(args.status ? { status: args.status } : {}),
        },
        orderBy: { createdAt: 'desc' },
        take,
        include: {
          raisedBy: { select: { displayName: true } },
          followUps: {
            orderBy: { createdAt: 'asc' },
            include: { createdBy: { select: { displayName: true } } },
          },
        },
      });
    },
    async directives(_, args, ctx) {
      const take = pageSize(args.first);
      const { scope } = await readableScope(ctx, args.scopeId);
      return ctx.prisma.directive.findMany({
        where: { scopeIds: { has: scope.row.id }, ...(args.status ? { status: args.status } : {}) },
        orderBy: { createdAt: 'desc' },
        take,
        include: { author: { select: { displayName: true } }, pic: { select: { name: true } } },
      });
    },
  },
  Issue: {
    id: (i) => `Issue:${i.id}`,
    createdAt: (i) => i.createdAt.toISOString(),
    resolvedAt: (i) => i.resolvedAt?.toISOString() ?? null,
    raisedBy: (i) => i.raisedBy?.displayName ?? null,
    owner: (i, _, ctx) =>
      scopeNode(ctx, i.orgUnitId ? { type: 'OrgUnit', id: i.orgUnitId } : { type: 'Tenant', id: i.tenantId }),
    indicatorId: (i) => (i.indicatorId ? `Indicator:${i.indicatorId}` : null),
  },
  FollowUp: {
    id: (f) => `FollowUp:${f.id}`,
    dueDate: (f) => isoDate(f.dueDate),
    createdAt: (f) => f.createdAt.toISOString(),
    createdBy: (f) => f.createdBy?.displayName ?? null,
  },
  Directive: {
    id: (d) => `Directive:${d.id}`,
    dueDate: (d) => isoDate(d.dueDate),
    createdAt: (d) => d.createdAt.toISOString(),
    author: (d) => d.author?.displayName ?? null,
    subjectId: (d) => `${d.nodeType}:${d.nodeId}`,
    picName: (d) => d.pic?.name ?? null,
  },
};
