// What every step of the realisation workflow shares: where an indicator sits, who may enter its
// values, and the commit of one changed value — its revision, the scores on its path, the figures
// of the scopes above it and the change log, inside the step's transaction.
import type { Frequency, Measurement, Prisma } from '@ekinerja/db';
import { GraphQLError } from 'graphql';
import { noticeOf, appendChange } from '../../changes/providers/changeLog';
import { notAssigned, type WriteActor, type WriteContext } from '../../changes/providers/performWrite';
import { snapshotUpdate } from '../../../observability/metrics';
import { scoringSettingsOf } from '../../settings/providers/tenantSettings';
import { reportFigures, yearDifference } from '../../snapshots/lib/scopeStats';
import {
  indicatorScoreChanges,
  storeSnapshotChanges,
  type SnapshotChange,
} from '../../snapshots/providers/incrementalScores';
import { refreshBoardCounts } from '../../reporting/providers/boardCounts';
import { applyScopeStatsDelta, deadlineFor } from '../../snapshots/providers/scopeStatsStore';

export type MeasurementState = Pick<
  Measurement,
  'id' | 'indicatorId' | 'year' | 'month' | 'value' | 'status' | 'version' | 'rejectionReason' | 'note'
>;

export interface MeasurementResult {
  measurement: MeasurementState;
  seq: string;
}

export interface IndicatorScope {
  id: string;
  tenantId: string;
  orgUnitId: string | null;
  /** The OPD the indicator belongs to (its unit's top ancestor); null for the tenant's own. */
  opdId: string | null;
  frequency: Frequency;
  scorecardYear: number;
  /** Parent tenant, tenant, then org units down to the owner: the policy's scope path. */
  scopeIds: string[];
  /** The tenant and org units whose figures include this indicator. */
  statsScopeIds: string[];
}

export async function indicatorScope(
  db: WriteContext['prisma'],
  indicatorId: string,
): Promise<IndicatorScope | null> {
  const row = await db.indicator.findUnique({
    where: { id: indicatorId },
    select: {
      id: true,
      tenantId: true,
      orgUnitId: true,
      frequency: true,
      tenant: { select: { parentId: true } },
      orgUnit: { select: { ancestorIds: true } },
      objective: { select: { scorecard: { select: { year: true } } } },
    },
  });
  if (!row) return null;
  const statsScopeIds = row.orgUnit?.ancestorIds ?? [row.tenantId];
  return {
    id: row.id,
    tenantId: row.tenantId,
    orgUnitId: row.orgUnitId,
    // ancestorIds: the tenant, then the OPD down to the unit itself.
    opdId: row.orgUnit?.ancestorIds[1] ?? null,
    frequency: row.frequency,
    scorecardYear: row.objective.scorecard.year,
    scopeIds: row.tenant.parentId ? [row.tenant.parentId, ...statsScopeIds] : statsScopeIds,
    statsScopeIds,
  };
}

/** Operators enter data in their scope, and only for the indicators assigned to them. */
export async function authoriseEntry(
  ctx: WriteContext,
  actor: WriteActor,
  scope: IndicatorScope,
): Promise<void> {
  ctx.authorize('enterData', scope.scopeIds, `Indicator:${scope.id}`);
  const assigned = await ctx.prisma.indicatorOperator.findUnique({
    where: { indicatorId_userId: { indicatorId: scope.id, userId: actor.userId } },
  });
  if (!assigned) throw notAssigned(ctx, actor, `Indicator:${scope.id}`);
}

function stateOf(m: Measurement): MeasurementState {
  return {
    id: m.id,
    indicatorId: m.indicatorId,
    year: m.year,
    month: m.month,
    value: m.value,
    status: m.status,
    version: m.version,
    rejectionReason: m.rejectionReason,
    note: m.note,
  };
}

/** What the audit view shows of a value: which indicator and month, and its state. */
function snapshotOf(m: Measurement | null): Prisma.InputJsonValue | null {
  return m
    ? {
        indicatorId: `Indicator:${m.indicatorId}`,
        year: m.year,
        month: m.month,
        value: m.value,
        status: m.status,
        version: m.version,
        note: m.note,
      }
    : null;
}

/**
 * After the measurement row is written: its revision, the scores on the indicator's path (when
 * its verified value changed), the figures of the scopes above it and the change log, in that
 * transaction. Returns the step's answer and what to publish after commit.
 */
export async function commitMeasurementChange(
  tx: Prisma.TransactionClient,
  scope: IndicatorScope,
  actor: WriteActor,
  change: {
    action: string;
    before: Measurement | null;
    after: Measurement;
    reason: string | null;
    /** The period's analysis when it was written with this change. */
    analysis?: Prisma.InputJsonValue | null;
  },
) {
  const { action, before, after } = change;
  await tx.measurementRevision.create({
    data: {
      measurementId: after.id,
      version: after.version,
      value: after.value,
      previousValue: before?.value ?? null,
      status: after.status,
      reason: change.reason,
      changedById: actor.userId,
    },
  });
  const settings = await scoringSettingsOf(tx, scope.tenantId);
  const snapshotTimer = snapshotUpdate.startTimer();
  const verifiedBefore = before?.status === 'VERIFIED' ? before.value : undefined;
  const verifiedAfter = after.status === 'VERIFIED' ? after.value : undefined;
  const scores =
    verifiedBefore === verifiedAfter
      ? []
      : await indicatorScoreChanges(tx, scope.id, after.year, after.month, settings);
  const deadline = deadlineFor(after.year, settings);
  const hasTarget = await tx.target.count({
    where: { indicatorId: scope.id, year: after.year, month: after.month },
  });
  const due = hasTarget > 0 ? [after.month] : [];
  const statsDelta = yearDifference(
    reportFigures(due, [after], deadline),
    reportFigures(due, before ? [before] : [], deadline),
  );
  const seq = await appendChange(tx, {
    tenantId: scope.tenantId,
    scopeIds: scope.scopeIds,
    entityType: 'Measurement',
    entityId: after.id,
    action,
    actorId: actor.userId,
    before: snapshotOf(before),
    after: change.analysis
      ? { ...(snapshotOf(after) as object), analysis: change.analysis }
      : snapshotOf(after),
    payload: {
      indicatorId: scope.id,
      year: after.year,
      month: after.month,
      scores: scores.map((s) => ({ nodeId: s.nodeId, nodeKind: s.nodeKind, month: s.month, score: s.score })),
    },
  });
  await storeSnapshotChanges(tx, scope.tenantId, after.year, scores, seq);
  await applyScopeStatsDelta(tx, scope.statsScopeIds, after.year, statsDelta);
  await refreshBoardCounts(tx, {
    tenantId: scope.tenantId,
    year: after.year,
    ownerId: scope.orgUnitId ?? scope.tenantId,
    month: after.month,
  });
  snapshotTimer();
  return {
    result: { measurement: stateOf(after), seq: seq.toString() } satisfies MeasurementResult,
    /** The indicator's own score for the value's month after the change; absent: unchanged. */
    leafScore: scores.find((s) => s.nodeId === scope.id && s.month === after.month),
    notices: [
      noticeOf({ ...scope, entityType: 'Measurement', entityId: after.id, action }, seq, scoresOf(scores)),
    ],
  };
}

function scoresOf(scores: SnapshotChange[]) {
  return scores.map((s) => ({
    nodeId: s.nodeId,
    nodeKind: s.nodeKind,
    month: s.month,
    score: s.score,
    band: s.band,
  }));
}

/** A row's error in a batch names the row: `measurementId` becomes `items.3.measurementId`. */
export function withRowField(error: unknown, row: string): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const field = error.extensions.field;
  const extensions = { ...error.extensions, field: typeof field === 'string' ? `${row}.${field}` : row };
  return new GraphQLError(error.message, { extensions });
}
