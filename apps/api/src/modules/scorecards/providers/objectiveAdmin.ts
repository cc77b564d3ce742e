// Adds objectives to a scorecard and draws or removes cause–effect links between them. Each write
// is one transaction with its audit record; a new objective also gets the NO_DATA snapshots a full
// rebuild would store for it (it has no indicators yet, so no score above it moves).
import type { Prisma } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { noDataChanges, storeSnapshotChanges } from '../../snapshots/providers/incrementalScores';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import { linkCreatesCycle, type PerspectiveKind } from '../lib/scorecardInputs';
import type { ScorecardScope } from './scorecardScope';

export interface CreateObjectiveFields {
  perspective: PerspectiveKind;
  code: string;
  name: string;
  weight: number;
  parentObjectiveId: string | null;
  clientMutationId?: string | null;
}

export interface ObjectiveWriteResult {
  objectiveId: string;
  seq: string;
}

export interface ScorecardWriteResult {
  scorecardId: string;
  seq: string;
}

/** The scorecard of the owner one level up in the same year (a cascade's source), if any. */
async function scorecardAbove(tx: Prisma.TransactionClient, scope: ScorecardScope): Promise<string | null> {
  const { tenantId, year } = scope;
  let where: Prisma.ScorecardWhereInput | null = null;
  if (scope.ownerKind === 'OFFICIAL') {
    if (scope.orgUnitId) where = { ownerKind: 'ORG_UNIT', orgUnitId: scope.orgUnitId, year };
  } else if (scope.ownerKind === 'ORG_UNIT') {
    const unit = await tx.orgUnit.findUnique({
      where: { id: scope.orgUnitId ?? '' },
      select: { parentId: true },
    });
    where = unit?.parentId
      ? { ownerKind: 'ORG_UNIT', orgUnitId: unit.parentId, year }
      : { ownerKind: 'TENANT', tenantId, year };
  } else {
    const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { parentId: true } });
    if (tenant.parentId) where = { ownerKind: 'TENANT', tenantId: tenant.parentId, year };
  }
  if (!where) return null;
  return (await tx.scorecard.findFirst({ where, select: { id: true } }))?.id ?? null;
}

/** An objective cascades from one of the owner above in the same year, never from its own scorecard. */
export async function checkParentObjective(
  tx: Prisma.TransactionClient,
  scope: ScorecardScope,
  parentObjectiveId: string,
): Promise<void> {
  const parent = await tx.objective.findUnique({
    where: { id: parentObjectiveId },
    select: { scorecardId: true },
  });
  if (!parent) throw badInput('parentObjectiveId', 'notFound');
  if (parent.scorecardId !== (await scorecardAbove(tx, scope)))
    throw badInput('parentObjectiveId', 'notOwnerAbove');
}

/** Writers of one scorecard's map queue here, so two links cannot close a cycle together. */
export async function lockScorecard(tx: Prisma.TransactionClient, scorecardId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Scorecard" WHERE id = ${scorecardId}::uuid FOR NO KEY UPDATE`;
}

export async function createObjective(
  ctx: WriteContext,
  scope: ScorecardScope,
  fields: CreateObjectiveFields,
): Promise<ObjectiveWriteResult> {
  const actor = writeActor(ctx.viewer);
  ctx.authorize('administer', scope.scopeIds, `Scorecard:${scope.scorecardId}`);
  const { clientMutationId, ...input } = fields;
  return performWrite(
    ctx,
    actor,
    { operation: 'createObjective', clientMutationId, input: { ...input, scorecardId: scope.scorecardId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      await lockScorecard(tx, scope.scorecardId);
      const perspective = await tx.scorecardPerspective.findUnique({
        where: {
          scorecardId_perspective: { scorecardId: scope.scorecardId, perspective: fields.perspective },
        },
      });
      if (!perspective) throw badInput('perspective', 'notFound');
      const clash = await tx.objective.findUnique({
        where: { scorecardId_code: { scorecardId: scope.scorecardId, code: fields.code } },
      });
      if (clash) throw badInput('code', 'unique');
      if (fields.parentObjectiveId) await checkParentObjective(tx, scope, fields.parentObjectiveId);
      const last = await tx.objective.aggregate({
        where: { perspectiveId: perspective.id },
        _max: { sortOrder: true },
      });
      const objective = await tx.objective.create({
        data: {
          tenantId: scope.tenantId,
          scorecardId: scope.scorecardId,
          perspectiveId: perspective.id,
          parentObjectiveId: fields.parentObjectiveId,
          code: fields.code,
          name: fields.name,
          weight: fields.weight,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      });
      const record = {
        tenantId: scope.tenantId,
        scopeIds: scope.scopeIds,
        entityType: 'Objective',
        entityId: objective.id,
        action: 'CREATED',
      };
      const seq = await appendChange(tx, {
        ...record,
        actorId: actor.userId,
        before: null,
        after: {
          scorecardId: scope.scorecardId,
          perspective: fields.perspective,
          code: objective.code,
          name: objective.name,
          weight: objective.weight,
          parentObjectiveId: objective.parentObjectiveId,
          year: scope.year,
        },
        payload: null,
      });
      await storeSnapshotChanges(
        tx,
        scope.tenantId,
        scope.year,
        noDataChanges(objective.id, 'OBJECTIVE', perspective.id),
        seq,
      );
      return {
        result: { objectiveId: objective.id, seq: seq.toString() },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}

export interface LinkRequest {
  fromObjectiveId: string;
  toObjectiveId: string;
  clientMutationId?: string | null;
}

/** Draws (`link`) or removes (`unlink`) the arrow from → to on the scorecard of `from`. */
export async function changeObjectiveLink(
  ctx: WriteContext,
  scope: ScorecardScope,
  mode: 'link' | 'unlink',
  { fromObjectiveId, toObjectiveId, clientMutationId }: LinkRequest,
): Promise<ScorecardWriteResult> {
  const actor = writeActor(ctx.viewer);
  ctx.authorize('administer', scope.scopeIds, `Scorecard:${scope.scorecardId}`);
  const operation = mode === 'link' ? 'linkObjectives' : 'unlinkObjectives';
  return performWrite(
    ctx,
    actor,
    { operation, clientMutationId, input: { fromObjectiveId, toObjectiveId } },
    async (tx) => {
      await lockScorecard(tx, scope.scorecardId);
      const to = await tx.objective.findUnique({
        where: { id: toObjectiveId },
        select: { scorecardId: true },
      });
      if (!to) throw badInput('toObjectiveId', 'notFound');
      if (to.scorecardId !== scope.scorecardId) throw badInput('toObjectiveId', 'sameScorecard');
      if (fromObjectiveId === toObjectiveId) throw badInput('toObjectiveId', 'self');
      const existing = await tx.objectiveLink.findUnique({
        where: { fromObjectiveId_toObjectiveId: { fromObjectiveId, toObjectiveId } },
      });
      let linkId: string;
      if (mode === 'link') {
        if (existing) throw badInput('toObjectiveId', 'unique');
        const links = await tx.objectiveLink.findMany({
          where: { from: { scorecardId: scope.scorecardId } },
          select: { fromObjectiveId: true, toObjectiveId: true },
        });
        if (linkCreatesCycle(links, fromObjectiveId, toObjectiveId)) throw badInput('toObjectiveId', 'cycle');
        linkId = (await tx.objectiveLink.create({ data: { fromObjectiveId, toObjectiveId } })).id;
      } else {
        if (!existing) throw badInput('toObjectiveId', 'notFound');
        await tx.objectiveLink.delete({ where: { id: existing.id } });
        linkId = existing.id;
      }
      const record = {
        tenantId: scope.tenantId,
        scopeIds: scope.scopeIds,
        entityType: 'ObjectiveLink',
        entityId: linkId,
        action: mode === 'link' ? 'LINKED' : 'UNLINKED',
      };
      const arrow = { scorecardId: scope.scorecardId, fromObjectiveId, toObjectiveId };
      const seq = await appendChange(tx, {
        ...record,
        actorId: actor.userId,
        before: mode === 'link' ? null : arrow,
        after: mode === 'link' ? arrow : null,
        payload: null,
      });
      return {
        result: { scorecardId: scope.scorecardId, seq: seq.toString() },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}
