// Adds indicators to objectives and replaces their targets. Each write is one transaction that
// also stores the scores a target change moves, the reporting figures of the scopes above (months
// with a target are due), and the audit record with before and after.
import type { Prisma } from '@ekinerja/db';
import type { ScoringSettings } from '@ekinerja/scoring';
import { badInput } from '../../../errors';
import { refuseIfAgreementSigned } from '../../agreements/providers/agreementLock';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { scorecardScope } from '../../scorecards/providers/scorecardScope';
import { scoringSettingsOf } from '../../settings/providers/tenantSettings';
import { reportFigures, yearDifference, type ReportRow } from '../../snapshots/lib/scopeStats';
import {
  indicatorScoreChanges,
  noDataChanges,
  storeSnapshotChanges,
} from '../../snapshots/providers/incrementalScores';
import { refreshBoardCounts } from '../../reporting/providers/boardCounts';
import { applyScopeStatsDelta, deadlineFor } from '../../snapshots/providers/scopeStatsStore';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import { targetProblem, type Polarity, type TargetRow } from '../lib/indicatorInputs';

/** Where an objective sits: the policy's scope path and the scopes whose figures it feeds. */
export interface ObjectiveScope {
  objectiveId: string;
  tenantId: string;
  year: number;
  /** The owning unit of indicators added here (null on a tenant's scorecard). */
  orgUnitId: string | null;
  scopeIds: string[];
  statsScopeIds: string[];
}

export async function objectiveScope(
  db: WriteContext['prisma'],
  objectiveId: string,
): Promise<ObjectiveScope | null> {
  const objective = await db.objective.findUnique({
    where: { id: objectiveId },
    select: { scorecardId: true },
  });
  const scope = objective ? await scorecardScope(db, objective.scorecardId) : null;
  if (!scope) return null;
  const { tenantId, year, orgUnitId, scopeIds, statsScopeIds } = scope;
  return { objectiveId, tenantId, year, orgUnitId, scopeIds, statsScopeIds };
}

export interface CreateIndicatorFields {
  code: string;
  name: string;
  unit: string;
  polarity: Polarity;
  minimizeFormula?: 'RATIO_DIFF' | 'INVERSE' | null;
  aggregation: 'SUM' | 'AVERAGE' | 'LAST' | 'MIN' | 'MAX';
  frequency?: 'MONTHLY' | 'QUARTERLY' | 'SEMESTER' | 'YEARLY' | null;
  weight: number;
  targets: TargetRow[];
  operatorIds: string[];
  clientMutationId?: string | null;
}

export interface IndicatorWriteResult {
  indicatorId: string;
  seq: string;
}

export function checkTargets(polarity: Polarity, targets: readonly TargetRow[]): void {
  const problem = targetProblem(polarity, targets);
  if (problem) throw badInput(problem.field, problem.rule);
}

/** Operators must hold the OPERATOR role somewhere on the owner's scope path. */
export async function checkOperators(ctx: WriteContext, scope: ObjectiveScope, userIds: readonly string[]) {
  for (const [i, userId] of userIds.entries()) {
    const grant = await ctx.prisma.roleAssignment.findFirst({
      where: {
        userId,
        role: 'OPERATOR',
        OR: [{ orgUnitId: { in: scope.statsScopeIds } }, { orgUnitId: null, tenantId: scope.tenantId }],
      },
    });
    if (!grant) throw badInput(`operatorIds.${i}`, 'notOperatorInScope');
  }
}

/**
 * Replaces the year's targets; returns the old ones and the score changes they cause. Refused as
 * `agreementSigned` while a signed Perjanjian Kinerja holds the scorecard's targets.
 */
async function replaceTargets(
  tx: Prisma.TransactionClient,
  indicatorId: string,
  scope: ObjectiveScope,
  targets: readonly TargetRow[],
  settings: ScoringSettings,
): Promise<{ before: TargetRow[]; statsDelta: ReturnType<typeof yearDifference> }> {
  const year = scope.year;
  const { scorecardId } = await tx.objective.findUniqueOrThrow({
    where: { id: scope.objectiveId },
    select: { scorecardId: true },
  });
  await refuseIfAgreementSigned(tx, scorecardId);
  const old = await tx.target.findMany({
    where: { indicatorId, year },
    select: { month: true, value: true, low: true, high: true },
    orderBy: { month: 'asc' },
  });
  await tx.target.deleteMany({ where: { indicatorId, year } });
  if (targets.length > 0)
    await tx.target.createMany({
      data: targets.map((t) => ({
        indicatorId,
        year,
        month: t.month,
        value: t.value ?? null,
        low: t.low ?? null,
        high: t.high ?? null,
      })),
    });
  const reports: ReportRow[] = await tx.measurement.findMany({
    where: { indicatorId, year },
    select: { month: true, status: true, verifiedAt: true },
  });
  const deadline = deadlineFor(year, settings);
  const statsDelta = yearDifference(
    reportFigures(
      targets.map((t) => t.month),
      reports,
      deadline,
    ),
    reportFigures(
      old.map((t) => t.month),
      reports,
      deadline,
    ),
  );
  return { before: old, statsDelta };
}

const sortedTargets = (targets: readonly TargetRow[]) =>
  [...targets]
    .sort((a, b) => a.month - b.month)
    .map((t) => ({ month: t.month, value: t.value ?? null, low: t.low ?? null, high: t.high ?? null }));

export async function createIndicator(
  ctx: WriteContext,
  scope: ObjectiveScope,
  fields: CreateIndicatorFields,
): Promise<IndicatorWriteResult> {
  const actor = writeActor(ctx.viewer);
  ctx.authorize('administer', scope.scopeIds, `Objective:${scope.objectiveId}`);
  checkTargets(fields.polarity, fields.targets);
  await checkOperators(ctx, scope, fields.operatorIds);
  const { clientMutationId, ...input } = fields;
  return performWrite(
    ctx,
    actor,
    { operation: 'createIndicator', clientMutationId, input: { ...input, objectiveId: scope.objectiveId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const clash = await tx.indicator.findUnique({
        where: { objectiveId_code: { objectiveId: scope.objectiveId, code: fields.code } },
      });
      if (clash) throw badInput('code', 'unique');
      const last = await tx.indicator.aggregate({
        where: { objectiveId: scope.objectiveId },
        _max: { sortOrder: true },
      });
      const indicator = await tx.indicator.create({
        data: {
          tenantId: scope.tenantId,
          objectiveId: scope.objectiveId,
          orgUnitId: scope.orgUnitId,
          code: fields.code,
          name: fields.name,
          unit: fields.unit,
          polarity: fields.polarity,
          minimizeFormula: fields.minimizeFormula ?? 'RATIO_DIFF',
          aggregation: fields.aggregation,
          frequency: fields.frequency ?? 'MONTHLY',
          weight: fields.weight,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
      });
      if (fields.operatorIds.length > 0)
        await tx.indicatorOperator.createMany({
          data: fields.operatorIds.map((userId) => ({ indicatorId: indicator.id, userId })),
        });
      const settings = await scoringSettingsOf(tx, scope.tenantId);
      const { statsDelta } = await replaceTargets(tx, indicator.id, scope, fields.targets, settings);
      const record = {
        tenantId: scope.tenantId,
        scopeIds: scope.scopeIds,
        entityType: 'Indicator',
        entityId: indicator.id,
        action: 'CREATED',
      };
      const seq = await appendChange(tx, {
        ...record,
        actorId: actor.userId,
        before: null,
        after: {
          objectiveId: scope.objectiveId,
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          polarity: indicator.polarity,
          aggregation: indicator.aggregation,
          frequency: indicator.frequency,
          weight: indicator.weight,
          year: scope.year,
          targets: sortedTargets(fields.targets),
          operatorIds: fields.operatorIds,
        },
        payload: null,
      });
      await storeSnapshotChanges(
        tx,
        scope.tenantId,
        scope.year,
        noDataChanges(indicator.id, 'INDICATOR', scope.objectiveId),
        seq,
      );
      await applyScopeStatsDelta(tx, scope.statsScopeIds, scope.year, statsDelta);
      await refreshBoardCounts(tx, {
        tenantId: scope.tenantId,
        year: scope.year,
        ownerId: indicator.orgUnitId ?? scope.tenantId,
      });
      return {
        result: { indicatorId: indicator.id, seq: seq.toString() },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}

export async function setIndicatorTargets(
  ctx: WriteContext,
  indicatorId: string,
  targets: TargetRow[],
  clientMutationId: string | null | undefined,
): Promise<IndicatorWriteResult> {
  const actor = writeActor(ctx.viewer);
  const indicator = await ctx.prisma.indicator.findUnique({ where: { id: indicatorId } });
  if (!indicator) throw badInput('indicatorId', 'notFound');
  const scope = await authoriseTargets(ctx, indicator);
  checkTargets(indicator.polarity, targets);
  return performWrite(
    ctx,
    actor,
    { operation: 'setIndicatorTargets', clientMutationId, input: { indicatorId, targets } },
    (tx) => applyTargets(tx, actor.userId, indicatorId, scope, targets),
  );
}

/** Administrators of the indicator's scorecard set its targets. */
export async function authoriseTargets(
  ctx: WriteContext,
  indicator: { id: string; objectiveId: string },
): Promise<ObjectiveScope> {
  const scope = (await objectiveScope(ctx.prisma, indicator.objectiveId)) as ObjectiveScope;
  ctx.authorize('administer', scope.scopeIds, `Indicator:${indicator.id}`);
  return scope;
}

/** Replaces one indicator's targets of the year inside the caller's transaction. */
export async function applyTargets(
  tx: Prisma.TransactionClient,
  actorId: string,
  indicatorId: string,
  scope: ObjectiveScope,
  targets: readonly TargetRow[],
) {
  await lockTenantForScoring(tx, scope.tenantId);
  const settings = await scoringSettingsOf(tx, scope.tenantId);
  const { before, statsDelta } = await replaceTargets(tx, indicatorId, scope, targets, settings);
  const scores = await indicatorScoreChanges(tx, indicatorId, scope.year, 1, settings);
  const record = {
    tenantId: scope.tenantId,
    scopeIds: scope.scopeIds,
    entityType: 'Indicator',
    entityId: indicatorId,
    action: 'TARGETS_SET',
  };
  const seq = await appendChange(tx, {
    ...record,
    actorId,
    before: { year: scope.year, targets: sortedTargets(before) },
    after: { year: scope.year, targets: sortedTargets(targets) },
    payload: null,
  });
  await storeSnapshotChanges(tx, scope.tenantId, scope.year, scores, seq);
  await applyScopeStatsDelta(tx, scope.statsScopeIds, scope.year, statsDelta);
  const changed = scores.map((s) => ({
    nodeId: s.nodeId,
    nodeKind: s.nodeKind,
    month: s.month,
    score: s.score,
    band: s.band,
  }));
  return {
    result: { indicatorId, seq: seq.toString() } satisfies IndicatorWriteResult,
    notices: [noticeOf(record, seq, changed)],
  };
}
