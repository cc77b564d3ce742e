// Problems and their follow-ups, and leaders' directives: each write one transaction with its
// change-log entry, so feeds and the audit view show it.
import { badInput, notFound } from '../../../errors';
import { nowOf } from '../../../context';
import type { NodeType } from '../../../ids';
import { changeOf } from '../../changes/providers/changeLog';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { notifyDirectiveAssigned } from '../../notifications/providers/eventNotices';
import { subjectScope, type SubjectScope } from '../../org/providers/subjectScope';

type IssueStatus = 'OPEN' | 'IN_PROGRESS' | 'RESOLVED';
type DirectiveStatus = 'OPEN' | 'ACKNOWLEDGED' | 'DONE';

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
  return performLoggedWrite(
    ctx,
    { operation: 'createIssue', clientMutationId, input: fields },
    async (tx, actor) => {
      const issue = await tx.issue.create({
        data: {
          tenantId: scope.tenantId,
          orgUnitId: scope.orgUnitId,
          indicatorId: subject.type === 'Indicator' ? subject.id : null,
          subActivityId: subject.type === 'SubActivity' ? subject.id : null,
          title: input.title,
          description: input.description,
          severity: input.severity,
          raisedById: actor.userId,
        },
      });
      return {
        id: issue.id,
        record: changeOf(scope, 'Issue', issue.id, {
          action: 'CREATED',
          before: null,
          after: { title: issue.title, severity: issue.severity, status: issue.status },
        }),
      };
    },
  );
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
  return performLoggedWrite(
    ctx,
    { operation: 'setIssueStatus', clientMutationId, input: fields },
    async (tx) => {
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
        record: changeOf(scope, 'Issue', input.issueId, {
          action: 'STATUS_CHANGED',
          before: { status: before.status },
          after: { status: input.status },
        }),
      };
    },
  );
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
  return performLoggedWrite(
    ctx,
    { operation: 'addFollowUp', clientMutationId, input: fields },
    async (tx, actor) => {
      const followUp = await tx.followUp.create({
        data: {
          issueId: input.issueId,
          description: input.description,
          status: input.status,
          dueDate: input.dueDate,
          createdById: actor.userId,
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
        record: changeOf(scope, 'Issue', input.issueId, {
          action: 'FOLLOW_UP_ADDED',
          before: { status: issue.status },
          after: { status: input.status, followUp: followUp.description },
          payload: { followUpId: followUp.id },
        }),
      };
    },
  );
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
  return performLoggedWrite(
    ctx,
    { operation: 'createDirective', clientMutationId, input: fields },
    async (tx, actor) => {
      const directive = await tx.directive.create({
        data: {
          tenantId: scope.tenantId,
          nodeType: subject.type,
          nodeId: subject.id,
          scopeIds: scope.scopeIds,
          content: input.content,
          dueDate: input.dueDate,
          authorId: actor.userId,
          picOfficialId: input.picOfficialId,
        },
      });
      return {
        id: directive.id,
        bells: await notifyDirectiveAssigned(tx, directive, nowOf(ctx)),
        record: changeOf(scope, 'Directive', directive.id, {
          action: 'CREATED',
          before: null,
          after: { content: directive.content, status: directive.status },
          payload: { subjectType: subject.type, subjectId: subject.id },
        }),
      };
    },
  );
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
  return performLoggedWrite(
    ctx,
    { operation: 'setDirectiveStatus', clientMutationId, input: fields },
    async (tx) => {
      await tx.directive.update({ where: { id: directive.id }, data: { status: input.status } });
      return {
        id: directive.id,
        record: changeOf(directive, 'Directive', directive.id, {
          action: 'STATUS_CHANGED',
          before: { status: directive.status },
          after: { status: input.status },
        }),
      };
    },
  );
}
