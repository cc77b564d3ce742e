// Problems and their follow-ups, and leaders' directives: each write one transaction with its
// change-log entry, so feeds and the audit view show it.
import type { Prisma } from '@ekinerja/db';
import { badInput, notFound } from '../../../errors';
import type { NodeType } from '../../../ids';
import type { ChangeRecord } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';

type IssueStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED';
type DirectiveStatus = 'OPEN' | 'ACKNOWLEDGED' | 'DONE';

/** Everything is validated before the transaction; this is what it writes. */
function logged(
  ctx: WriteContext,
  operation: string,
  clientMutationId: string | null | undefined,
  input: unknown,
  write: (
    tx: Prisma.TransactionClient,
    actorId: string,
  ) => Promise<{ id: string; record: Omit<ChangeRecord, 'actorId'> }>,
): Promise<{ id: string }> {
  return performLoggedWrite(ctx, { operation, clientMutationId, input }, (tx, actor) =>
    write(tx, actor.userId),
  );
}

/** Where a change to an issue or directive belongs: its tenant and scope path, and what it is. */
function about(
  scope: { tenantId: string; scopeIds: string[] },
  entityType: 'Issue' | 'Directive',
  entityId: string,
): Pick<ChangeRecord, 'tenantId' | 'scopeIds' | 'entityType' | 'entityId'> {
  return { tenantId: scope.tenantId, scopeIds: scope.scopeIds, entityType, entityId };
}

async function scopeOrThrow(
  ctx: WriteContext,
  type: NodeType,
  id: string,
  field: string,
): Promise<SubjectScope> {
  const scope = await subjectScope(ctx.prisma, type, id);
  if (!scope) throw notFound(field);
  return scope;
}

export async function createIssue(
  ctx: WriteContext,
  input: {
    subject: { type: NodeType; id: string };
    title: string;
    description: string;
    severity: 'LOW' | 'MEDIUM' | 'HIGH';
    clientMutationId?: string | null;
  },
): Promise<{ id: string }> {
  const { subject } = input;
  if (subject.type !== 'Indicator' && subject.type !== 'SubActivity')
    throw badInput('subjectId', 'indicatorOrSubActivity');
  const scope = await scopeOrThrow(ctx, subject.type, subject.id, 'subject');
  ctx.authorize('reportIssue', scope.scopeIds, `${subject.type}:${subject.id}`);
  const { clientMutationId, ...fields } = input;
  return logged(ctx, 'createIssue', clientMutationId, fields, async (tx, actorId) => {
    const issue = await tx.issue.create({
      data: {
        tenantId: scope.tenantId,
        orgUnitId: scope.orgUnitId,
        indicatorId: subject.type === 'Indicator' ? subject.id : null,
        subActivityId: subject.type === 'SubActivity' ? subject.id : null,
        title: input.title,
        description: input.description,
        severity: input.severity,
        raisedById: actorId,
      },
    });
    return {
      id: issue.id,
      record: {
        ...about(scope, 'Issue', issue.id),
        action: 'CREATED',
        before: null,
        after: { title: issue.title, severity: issue.severity, status: issue.status },
        payload: null,
      },
    };
  });
}

async function issueScope(ctx: WriteContext, issueId: string): Promise<SubjectScope> {
  const issue = await ctx.prisma.issue.findUnique({
    where: { id: issueId },
    select: { tenantId: true, orgUnitId: true },
  });
  if (!issue) throw notFound('issue');
  return issue.orgUnitId
    ? scopeOrThrow(ctx, 'OrgUnit', issue.orgUnitId, 'issue')
    : scopeOrThrow(ctx, 'Tenant', issue.tenantId, 'issue');
}

export async function setIssueStatus(
  ctx: WriteContext,
  input: { issueId: string; status: IssueStatus; clientMutationId?: string | null },
): Promise<{ id: string }> {
  const scope = await issueScope(ctx, input.issueId);
  ctx.authorize('reportIssue', scope.scopeIds, `Issue:${input.issueId}`);
  const { clientMutationId, ...fields } = input;
  return logged(ctx, 'setIssueStatus', clientMutationId, fields, async (tx) => {
    const before = await tx.issue.findUniqueOrThrow({ where: { id: input.issueId } });
    await tx.issue.update({
      where: { id: input.issueId },
      data: {
        status: input.status,
        resolvedAt: input.status === 'RESOLVED' ? (before.resolvedAt ?? new Date()) : null,
      },
    });
    return {
      id: input.issueId,
      record: {
        ...about(scope, 'Issue', input.issueId),
        action: 'STATUS_CHANGED',
        before: { status: before.status },
        after: { status: input.status },
        payload: null,
      },
    };
  });
}

export async function addFollowUp(
  ctx: WriteContext,
  input: {
    issueId: string;
    description: string;
    status: IssueStatus;
    dueDate: Date | null;
    clientMutationId?: string | null;
  },
): Promise<{ id: string }> {
  const scope = await issueScope(ctx, input.issueId);
  ctx.authorize('reportIssue', scope.scopeIds, `Issue:${input.issueId}`);
  const { clientMutationId, ...fields } = input;
  return logged(ctx, 'addFollowUp', clientMutationId, fields, async (tx, actorId) => {
    const followUp = await tx.followUp.create({
      data: {
        issueId: input.issueId,
        description: input.description,
        status: input.status,
        dueDate: input.dueDate,
        createdById: actorId,
      },
    });
    // A follow-up moves an open problem into progress, or closes it.
    const issue = await tx.issue.findUniqueOrThrow({ where: { id: input.issueId } });
    if (issue.status !== input.status && (input.status === 'RESOLVED' || issue.status === 'OPEN')) {
      await tx.issue.update({
        where: { id: input.issueId },
        data: { status: input.status, resolvedAt: input.status === 'RESOLVED' ? new Date() : null },
      });
    }
    return {
      id: input.issueId,
      record: {
        ...about(scope, 'Issue', input.issueId),
        action: 'FOLLOW_UP_ADDED',
        before: { status: issue.status },
        after: { status: input.status, followUp: followUp.description },
        payload: { followUpId: followUp.id },
      },
    };
  });
}

const DIRECTIVE_SUBJECTS: readonly NodeType[] = ['Tenant', 'OrgUnit', 'Official', 'Indicator'];

export async function createDirective(
  ctx: WriteContext,
  input: {
    subject: { type: NodeType; id: string };
    content: string;
    dueDate: Date | null;
    picOfficialId: string | null;
    clientMutationId?: string | null;
  },
): Promise<{ id: string }> {
  const { subject } = input;
  if (!DIRECTIVE_SUBJECTS.includes(subject.type)) throw badInput('subjectId', 'directiveSubject');
  const scope = await scopeOrThrow(ctx, subject.type, subject.id, 'subject');
  ctx.authorize('writeDirective', scope.scopeIds, `${subject.type}:${subject.id}`);
  if (input.picOfficialId) {
    const pic = await ctx.prisma.official.findUnique({
      where: { id: input.picOfficialId },
      select: { tenantId: true },
    });
    if (!pic || pic.tenantId !== scope.tenantId) throw badInput('picOfficialId', 'officialOfSameTenant');
  }
  const { clientMutationId, ...fields } = input;
  return logged(ctx, 'createDirective', clientMutationId, fields, async (tx, actorId) => {
    const directive = await tx.directive.create({
      data: {
        tenantId: scope.tenantId,
        nodeType: subject.type,
        nodeId: subject.id,
        scopeIds: scope.scopeIds,
        content: input.content,
        dueDate: input.dueDate,
        authorId: actorId,
        picOfficialId: input.picOfficialId,
      },
    });
    return {
      id: directive.id,
      record: {
        ...about(scope, 'Directive', directive.id),
        action: 'CREATED',
        before: null,
        after: { content: directive.content, status: directive.status },
        payload: { subjectType: subject.type, subjectId: subject.id },
      },
    };
  });
}

export async function setDirectiveStatus(
  ctx: WriteContext,
  input: { directiveId: string; status: DirectiveStatus; clientMutationId?: string | null },
): Promise<{ id: string }> {
  const directive = await ctx.prisma.directive.findUnique({ where: { id: input.directiveId } });
  if (!directive) throw notFound('directive');
  // The unit that received a directive acknowledges it; its author (or a peer leader) closes it.
  const action = input.status === 'ACKNOWLEDGED' ? 'reportIssue' : 'writeDirective';
  ctx.authorize(action, directive.scopeIds, `Directive:${directive.id}`);
  const { clientMutationId, ...fields } = input;
  return logged(ctx, 'setDirectiveStatus', clientMutationId, fields, async (tx) => {
    await tx.directive.update({ where: { id: directive.id }, data: { status: input.status } });
    return {
      id: directive.id,
      record: {
        ...about(directive, 'Directive', directive.id),
        action: 'STATUS_CHANGED',
        before: { status: directive.status },
        after: { status: input.status },
        payload: null,
      },
    };
  });
}
