// Evidence files of a value or a budget month: who may add one (whoever may enter that value),
// the write (file, evidence row and change log in one transaction), and who may read one back.
import type { Prisma } from '@ekinerja/db';
import type { GraphQLContext } from '../../../context';
import { nowOf } from '../../../context';
import { badInput, notFound, unauthenticated } from '../../../errors';
import { idOf, toGlobalId } from '../../../ids';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import { notAssigned, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { requireRead, scopeOf, type ScopeRef } from '../../drilldown/providers/access';
import { authoriseEntry, indicatorScope } from '../../measurements/providers/measurementChange';
import { subjectScope } from '../../org/providers/subjectScope';
import { ensureEntryOpen, type EntryPeriod } from '../../periods/providers/entryWindow';
import type { AcceptedEvidenceFile } from './evidenceFileContent';

/** Where a file is attached, as the upload names it (global ids). */
export type EvidenceTarget =
  | { kind: 'measurement'; measurementId: string }
  | { kind: 'budgetMonth'; subActivityId: string; month: number };

/** A target the actor may attach to: the row, the change log's scope and the entry period. */
export interface AuthorisedTarget {
  tenantId: string;
  scopeIds: string[];
  period: EntryPeriod;
  measurementId: string | null;
  budgetMonthId: string | null;
  /** What the change log names as changed: the value, or the sub-activity of the budget month. */
  entity: { type: 'Measurement' | 'SubActivity'; id: string };
}

/**
 * Authorises exactly as entering the value does (an operator assigned to the indicator or the
 * sub-activity, inside their scope), reading only what that check needs; nothing about the
 * value itself is looked at, and no body is read, before it passes.
 */
export async function authoriseEvidenceTarget(
  ctx: WriteContext,
  target: EvidenceTarget,
): Promise<AuthorisedTarget> {
  const actor = writeActor(ctx.viewer);
  if (target.kind === 'measurement') {
    const id = idOf('Measurement', target.measurementId, 'measurementId');
    const row = await ctx.prisma.measurement.findUnique({
      where: { id },
      select: { indicatorId: true, year: true, month: true },
    });
    const scope = row ? await indicatorScope(ctx.prisma, row.indicatorId) : null;
    if (!row || !scope) throw notFound('measurement');
    await authoriseEntry(ctx, actor, scope);
    return {
      tenantId: scope.tenantId,
      scopeIds: scope.scopeIds,
      period: {
        tenantId: scope.tenantId,
        opdId: scope.opdId,
        frequency: scope.frequency,
        year: row.year,
        month: row.month,
      },
      measurementId: id,
      budgetMonthId: null,
      entity: { type: 'Measurement', id },
    };
  }
  const subActivityId = idOf('SubActivity', target.subActivityId, 'subActivityId');
  const scope = await subjectScope(ctx.prisma, 'SubActivity', subActivityId);
  if (!scope) throw notFound('subActivity');
  ctx.authorize('enterData', scope.scopeIds, `SubActivity:${subActivityId}`);
  const assigned = await ctx.prisma.subActivityOperator.findUnique({
    where: { subActivityId_userId: { subActivityId, userId: actor.userId } },
  });
  if (!assigned) throw notAssigned(ctx, actor, `SubActivity:${subActivityId}`);
  const month = await ctx.prisma.budgetMonth.findUnique({
    where: { subActivityId_month: { subActivityId, month: target.month } },
    select: {
      id: true,
      subActivity: { select: { activity: { select: { program: { select: { year: true } } } } } },
    },
  });
  // Files go with a reported month: save the realisation first.
  if (!month) throw notFound('budgetMonth');
  const statsScopeIds = scope.scopeIds.slice(scope.scopeIds.indexOf(scope.tenantId));
  return {
    tenantId: scope.tenantId,
    scopeIds: scope.scopeIds,
    period: {
      tenantId: scope.tenantId,
      opdId: statsScopeIds[1] ?? null,
      frequency: 'MONTHLY',
      year: month.subActivity.activity.program.year,
      month: target.month,
    },
    measurementId: null,
    budgetMonthId: month.id,
    entity: { type: 'SubActivity', id: subActivityId },
  };
}

export interface StoredEvidenceFile {
  /** The evidence's global id (what downloads name). */
  id: string;
  name: string;
  mediaType: string;
  size: number;
  seq: string;
}

/** Stores the file and its evidence row with an `EVIDENCE_FILE_ADDED` change, all or nothing. */
export async function addEvidenceFile(
  ctx: WriteContext,
  target: AuthorisedTarget,
  file: AcceptedEvidenceFile & { name: string },
): Promise<StoredEvidenceFile> {
  const written = await performLoggedWrite(
    ctx,
    {
      operation: 'addEvidenceFile',
      input: { entity: target.entity, name: file.name, sha256: file.sha256, size: file.size },
    },
    async (tx: Prisma.TransactionClient, actor) => {
      await ensureEntryOpen(tx, target.period, nowOf(ctx));
      if (target.measurementId) {
        const value = await tx.measurement.findUniqueOrThrow({
          where: { id: target.measurementId },
          select: { status: true },
        });
        // A verified value changes only through a revision: evidence is part of what was verified.
        if (value.status === 'VERIFIED') throw badInput('measurementId', 'alreadyVerified');
      }
      const evidence = await tx.evidence.create({
        data: {
          measurementId: target.measurementId,
          budgetMonthId: target.budgetMonthId,
          url: null,
          title: file.name,
          addedById: actor.userId,
        },
        select: { id: true },
      });
      await tx.evidenceFile.create({
        data: {
          evidenceId: evidence.id,
          tenantId: target.tenantId,
          mediaType: file.mediaType,
          size: file.size,
          sha256: file.sha256,
          name: file.name,
          content: new Uint8Array(file.content),
          uploadedById: actor.userId,
        },
        select: { id: true },
      });
      const described = {
        evidenceId: toGlobalId('Evidence', evidence.id),
        name: file.name,
        mediaType: file.mediaType,
        size: file.size,
        sha256: file.sha256,
      };
      return {
        id: evidence.id,
        record: {
          tenantId: target.tenantId,
          scopeIds: target.scopeIds,
          entityType: target.entity.type,
          entityId: target.entity.id,
          action: 'EVIDENCE_FILE_ADDED',
          before: null,
          after: described,
          payload: described,
        },
      };
    },
  );
  return {
    id: toGlobalId('Evidence', written.id),
    name: file.name,
    mediaType: file.mediaType,
    size: file.size,
    seq: written.seq,
  };
}

export interface EvidenceFileDownload {
  name: string;
  mediaType: string;
  content: Uint8Array;
}

/**
 * The file behind an evidence id, for a viewer who may read the value it supports (the same
 * check as the value's indicator or sub-activity); UNAUTHENTICATED before anything is looked up.
 */
export async function openEvidenceFile(
  ctx: GraphQLContext,
  evidenceId: string,
): Promise<EvidenceFileDownload> {
  if (ctx.viewer.kind === 'anonymous') throw unauthenticated();
  const id = idOf('Evidence', evidenceId, 'id');
  const row = await ctx.prisma.evidence.findUnique({
    where: { id },
    select: {
      measurement: { select: { indicator: { select: { tenantId: true, orgUnitId: true } } } },
      budgetMonth: { select: { subActivity: { select: { orgUnitId: true } } } },
      file: { select: { id: true } },
    },
  });
  if (!row?.file) throw notFound('evidence');
  const ref: ScopeRef | null = row.measurement
    ? scopeOf.indicator(row.measurement.indicator)
    : row.budgetMonth
      ? scopeOf.subActivity(row.budgetMonth.subActivity)
      : null;
  if (!ref) throw notFound('evidence');
  await requireRead(ctx, ref, `Evidence:${id}`);
  const file = await ctx.prisma.evidenceFile.findUniqueOrThrow({
    where: { id: row.file.id },
    select: { name: true, mediaType: true, content: true },
  });
  return file;
}
