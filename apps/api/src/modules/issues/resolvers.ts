// issues and directives of a scope, filtered by the viewer's read scopes.
import { z } from 'zod';
import type { PrismaClient } from '@ekinerja/db';
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { fromGlobalId } from '../../ids';
import { clientMutationId, idOf } from '../changes/lib/writeInputs';
import {
  addFollowUp,
  createDirective,
  createIssue,
  setDirectiveStatus,
  setIssueStatus,
} from './providers/issueWrites';
import type { GraphQLContext } from '../../context';
import { scopeNode, tenantScopePath, unitScopePath } from '../org/providers/orgLoaders';
import { can } from '../policy/lib/policy';
import { readableScope } from '../scoreboard/resolvers';

const MAX_PAGE = 200;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 50;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE)
    throw badInput('first', 'range', { min: 1, max: MAX_PAGE });
  return size;
}

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

const text = (max: number) => z.string().trim().min(1).max(max);
const dueDate = z.iso
  .date()
  .nullish()
  .transform((d) => (d ? new Date(`${d}T00:00:00Z`) : null));

const issueInput = z.object({
  title: text(200),
  description: text(4000),
  severity: z.enum(['LOW', 'MEDIUM', 'HIGH']).nullish(),
  clientMutationId,
});
const followUpInput = z.object({
  description: text(4000),
  status: z.enum(['OPEN', 'IN_PROGRESS', 'RESOLVED']).nullish(),
  dueDate,
  clientMutationId,
});
const directiveInput = z.object({ content: text(4000), dueDate, clientMutationId });

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

const ISSUE_INCLUDE = {
  raisedBy: { select: { displayName: true } },
  followUps: {
    orderBy: { createdAt: 'asc' as const },
    include: { createdBy: { select: { displayName: true } } },
  },
};

const loadIssue = (prisma: PrismaClient, id: string) =>
  prisma.issue.findUniqueOrThrow({ where: { id }, include: ISSUE_INCLUDE });
const loadDirective = (prisma: PrismaClient, id: string) =>
  prisma.directive.findUniqueOrThrow({
    where: { id },
    include: { author: { select: { displayName: true } }, pic: { select: { name: true } } },
  });

/** `node(id)` for an Issue: the problem with its follow-ups when the viewer may read its owner. */
export async function readableIssue(ctx: GraphQLContext, id: string) {
  const issue = await ctx.prisma.issue.findUnique({ where: { id }, include: ISSUE_INCLUDE });
  if (!issue) return null;
  const unit = issue.orgUnitId ? await ctx.loaders.org.unit.load(issue.orgUnitId) : null;
  const tenant = await ctx.loaders.org.tenant.load(issue.tenantId);
  if (!tenant) return null;
  const path = unit
    ? await unitScopePath(ctx.loaders.org, unit)
    : await tenantScopePath(ctx.loaders.org, tenant);
  return can(ctx.viewer, 'read', path) ? { ...issue, __typename: 'Issue' as const } : null;
}

export const issuesResolvers: Resolvers = {
  Mutation: {
    async createIssue(_, { input }, ctx) {
      const subject = fromGlobalId(input.subjectId, 'subjectId');
      const fields = parse(issueInput, input);
      const { id } = await createIssue(ctx, { ...fields, severity: fields.severity ?? 'MEDIUM', subject });
      return loadIssue(ctx.prisma, id);
    },
    async setIssueStatus(_, { input }, ctx) {
      const issueId = idOf('Issue', input.issueId, 'issueId');
      const { id } = await setIssueStatus(ctx, {
        issueId,
        status: input.status,
        clientMutationId: parse(clientMutationId, input.clientMutationId),
      });
      return loadIssue(ctx.prisma, id);
    },
    async addFollowUp(_, { input }, ctx) {
      const issueId = idOf('Issue', input.issueId, 'issueId');
      const fields = parse(followUpInput, input);
      const { id } = await addFollowUp(ctx, { ...fields, status: fields.status ?? 'IN_PROGRESS', issueId });
      return loadIssue(ctx.prisma, id);
    },
    async createDirective(_, { input }, ctx) {
      const subject = fromGlobalId(input.subjectId, 'subjectId');
      const picOfficialId = input.picOfficialId
        ? idOf('Official', input.picOfficialId, 'picOfficialId')
        : null;
      const fields = parse(directiveInput, input);
      const { id } = await createDirective(ctx, { ...fields, subject, picOfficialId });
      return loadDirective(ctx.prisma, id);
    },
    async setDirectiveStatus(_, { input }, ctx) {
      const directiveId = idOf('Directive', input.directiveId, 'directiveId');
      const { id } = await setDirectiveStatus(ctx, {
        directiveId,
        status: input.status,
        clientMutationId: parse(clientMutationId, input.clientMutationId),
      });
      return loadDirective(ctx.prisma, id);
    },
  },
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
        include: ISSUE_INCLUDE,
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
