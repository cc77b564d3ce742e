// Problems and directives as the API answers with them: one with its follow-ups, or a scope's list.
import type { PrismaClient } from '@ekinerja/db';
import type { DirectiveMapper, IssueMapper } from '../schema.mappers';
import type { GraphQLContext } from '../../../context';
import type { Scope } from '../../org/providers/readableScope';
import { orgLoaders, tenantScopePath, unitScopePath } from '../../org/providers/orgLoaders';
import { can } from '../../policy/lib/policy';

type IssueStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED';
type DirectiveStatus = 'OPEN' | 'ACKNOWLEDGED' | 'DONE';

const ISSUE_INCLUDE = {
  raisedBy: { select: { displayName: true } },
  followUps: {
    orderBy: { createdAt: 'asc' as const },
    include: { createdBy: { select: { displayName: true } } },
  },
};
const DIRECTIVE_INCLUDE = {
  author: { select: { displayName: true } },
  pic: { select: { name: true } },
};

export const loadIssue = (prisma: PrismaClient, id: string): Promise<IssueMapper> =>
  prisma.issue.findUniqueOrThrow({ where: { id }, include: ISSUE_INCLUDE });

export const loadDirective = (prisma: PrismaClient, id: string): Promise<DirectiveMapper> =>
  prisma.directive.findUniqueOrThrow({ where: { id }, include: DIRECTIVE_INCLUDE });

/** A scope's problems (its units' too), newest first. */
export function issuesOfScope(
  prisma: PrismaClient,
  scope: Scope,
  status: IssueStatus | null,
  take: number,
): Promise<IssueMapper[]> {
  return prisma.issue.findMany({
    where: {
      ...(scope.type === 'Tenant'
        ? { tenantId: scope.row.id }
        : { orgUnit: { ancestorIds: { has: scope.row.id } } }),
      ...(status ? { status } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take,
    include: ISSUE_INCLUDE,
  });
}

/** Directives given anywhere inside a scope, newest first. */
export function directivesOfScope(
  prisma: PrismaClient,
  scope: Scope,
  status: DirectiveStatus | null,
  take: number,
): Promise<DirectiveMapper[]> {
  return prisma.directive.findMany({
    where: { scopeIds: { has: scope.row.id }, ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take,
    include: DIRECTIVE_INCLUDE,
  });
}

/** `node(id)` for an Issue: the problem with its follow-ups when the viewer may read its owner. */
export async function readableIssue(ctx: GraphQLContext, id: string) {
  const issue = await ctx.prisma.issue.findUnique({ where: { id }, include: ISSUE_INCLUDE });
  if (!issue) return null;
  const unit = issue.orgUnitId ? await orgLoaders(ctx).unit.load(issue.orgUnitId) : null;
  const tenant = await orgLoaders(ctx).tenant.load(issue.tenantId);
  if (!tenant) return null;
  const path = unit ? await unitScopePath(ctx, unit) : await tenantScopePath(tenant);
  return can(ctx.viewer, 'read', path) ? { ...issue, __typename: 'Issue' as const } : null;
}
