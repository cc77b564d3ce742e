// The monthly realisation workflow: draft → submitted → verified (or rejected), each step one
// transaction that also moves the scores and figures above the indicator and logs the change.
import type { Measurement, Prisma } from '@ekinerja/db';
import type { ScoringSettings } from '@ekinerja/scoring';
import { GraphQLError } from 'graphql';
import { badInput, notFound } from '../../../errors';
import type { ChangeNotice } from '../../../realtime/eventBus';
import { conflictOn } from '../../changes/lib/conflict';
import {
  notAssigned,
  performWrite,
  writeActor,
  type WriteActor,
  type WriteContext,
} from '../../changes/providers/performWrite';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { scoringSettingsFromRow } from '../../settings/lib/scoringSettings';
import { reportFigures, yearDifference } from '../../snapshots/lib/scopeStats';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import {
  indicatorScoreChanges,
  storeSnapshotChanges,
  type SnapshotChange,
} from '../../snapshots/providers/incrementalScores';
import { applyScopeStatsDelta, deadlineFor } from '../../snapshots/providers/scopeStatsStore';
import { ensurePeriodOpen } from '../../periods/providers/periodLocks';

export type MeasurementState = Pick<
  Measurement,
  'id' | 'indicatorId' | 'year' | 'month' | 'value' | 'status' | 'version' | 'rejectionReason' | 'note'
>;

export interface MeasurementResult {
  measurement: MeasurementState;
  seq: string;
}

export interface EvidenceLink {
  url: string;
  title: string;
}

export interface SaveMeasurementInput {
  indicatorId: string;
  year: number;
  month: number;
  value: number;
  note?: string | null;
  evidence?: EvidenceLink[] | null;
  /** Required to revise a verified value. */
  reason?: string | null;
  /** The version the client last saw; 0 (or absent) when creating. */
  expectedVersion?: number | null;
  clientMutationId?: string | null;
}

export interface TransitionInput {
  measurementId: string;
  expectedVersion: number;
  reason?: string | null;
  clientMutationId?: string | null;
}

interface IndicatorScope {
  id: string;
  tenantId: string;
  orgUnitId: string | null;
  scorecardYear: number;
  /** Parent tenant, tenant, then org units down to the owner: the policy's scope path. */
  scopeIds: string[];
  /** The tenant and org units whose figures include this indicator. */
  statsScopeIds: string[];
}

async function indicatorScope(
  db: WriteContext['prisma'],
  indicatorId: string,
): Promise<IndicatorScope | null> {
  const row = await db.indicator.findUnique({
    where: { id: indicatorId },
    select: {
      id: true,
      tenantId: true,
      orgUnitId: true,
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
    scorecardYear: row.objective.scorecard.year,
    scopeIds: row.tenant.parentId ? [row.tenant.parentId, ...statsScopeIds] : statsScopeIds,
    statsScopeIds,
  };
}

/** Operators enter data in their scope, and only for the indicators assigned to them. */
async function authoriseEntry(ctx: WriteContext, actor: WriteActor, scope: IndicatorScope): Promise<void> {
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

async function tenantSettings(tx: Prisma.TransactionClient, tenantId: string): Promise<ScoringSettings> {
  return scoringSettingsFromRow(await tx.tenantSettings.findUnique({ where: { tenantId } }));
}

/**
 * After the measurement row is written: the scores on the indicator's path (when its verified
 * values changed), the figures of the scopes above it, the change log, in that transaction.
 */
async function commitMeasurementChange(
  tx: Prisma.TransactionClient,
  scope: IndicatorScope,
  actor: WriteActor,
  action: string,
  before: Measurement | null,
  after: Measurement,
  settings: ScoringSettings,
): Promise<{ seq: bigint; scores: SnapshotChange[] }> {
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
    after: snapshotOf(after),
    payload: {
      indicatorId: scope.id,
      year: after.year,
      month: after.month,
      scores: scores.map((s) => ({ nodeId: s.nodeId, nodeKind: s.nodeKind, month: s.month, score: s.score })),
    },
  });
  await storeSnapshotChanges(tx, scope.tenantId, after.year, scores, seq);
  await applyScopeStatsDelta(tx, scope.statsScopeIds, after.year, statsDelta);
  return { seq, scores };
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

export async function saveMeasurement(
  ctx: WriteContext,
  input: SaveMeasurementInput,
): Promise<MeasurementResult> {
  const actor = writeActor(ctx.viewer);
  const scope = await authoriseSave(ctx, actor, input);
  const { clientMutationId, ...fields } = input;
  return performWrite(ctx, actor, { operation: 'saveMeasurement', clientMutationId, input: fields }, (tx) =>
    applySave(tx, actor, scope, input),
  );
}

/**
 * Saves and submits many values in one transaction, all or none (an import): each row is the
 * same save and submit an operator makes one at a time, a row's error naming the row.
 */
export async function saveAndSubmitMany(
  ctx: WriteContext,
  rows: readonly { row: number; input: SaveMeasurementInput }[],
  clientMutationId: string | null | undefined,
): Promise<MeasurementResult[]> {
  const actor = writeActor(ctx.viewer);
  const scopes: IndicatorScope[] = [];
  for (const { row, input } of rows) {
    try {
      scopes.push(await authoriseSave(ctx, actor, input));
    } catch (error) {
      throw withRowField(error, `rows.${row}`);
    }
  }
  return performWrite(
    ctx,
    actor,
    { operation: 'saveAndSubmitMany', clientMutationId, input: rows },
    async (tx) => {
      const results: MeasurementResult[] = [];
      const notices: Omit<ChangeNotice, 'actorName'>[] = [];
      for (const [i, { row, input }] of rows.entries()) {
        try {
          const saved = await applySave(tx, actor, scopes[i]!, input);
          const submitted = await applyTransition(tx, actor, 'submit', scopes[i]!, {
            measurementId: saved.result.measurement.id,
            expectedVersion: saved.result.measurement.version,
          });
          results.push(submitted.result);
          notices.push(...saved.notices, ...submitted.notices);
        } catch (error) {
          throw withRowField(error, `rows.${row}`);
        }
      }
      return { result: results, notices };
    },
  );
}

async function authoriseSave(
  ctx: WriteContext,
  actor: WriteActor,
  input: SaveMeasurementInput,
): Promise<IndicatorScope> {
  const scope = await indicatorScope(ctx.prisma, input.indicatorId);
  if (!scope) throw notFound('indicator');
  await authoriseEntry(ctx, actor, scope);
  if (input.year !== scope.scorecardYear)
    throw badInput('year', 'outsideScorecardYear', { scorecardYear: scope.scorecardYear });
  return scope;
}

/** One value's save inside the caller's transaction: checks, row, revision, evidence, scores, log. */
async function applySave(
  tx: Prisma.TransactionClient,
  actor: WriteActor,
  scope: IndicatorScope,
  input: SaveMeasurementInput,
) {
  await lockTenantForScoring(tx, scope.tenantId);
  await ensurePeriodOpen(tx, scope.tenantId, input.year, input.month);
  const before = await tx.measurement.findUnique({
    where: {
      indicatorId_year_month: { indicatorId: scope.id, year: input.year, month: input.month },
    },
  });
  const expected = input.expectedVersion ?? 0;
  if ((before?.version ?? 0) !== expected) {
    throw before ? conflictOn(before) : conflictOn({ version: 0, value: null, status: 'NONE' });
  }
  if (before?.status === 'VERIFIED' && !input.reason?.trim())
    throw badInput('reason', 'requiredToReviseVerified');

  const revising = before?.status === 'VERIFIED';
  const data = {
    value: input.value,
    note: input.note ?? null,
    status: 'DRAFT' as const,
    rejectionReason: null,
    enteredById: actor.userId,
    enteredAt: new Date(),
    submittedById: null,
    submittedAt: null,
    verifiedById: null,
    verifiedAt: null,
  };
  const after = before
    ? await tx.measurement.update({
        where: { id: before.id },
        data: { ...data, version: { increment: 1 } },
      })
    : await tx.measurement.create({
        data: {
          ...data,
          tenantId: scope.tenantId,
          indicatorId: scope.id,
          year: input.year,
          month: input.month,
        },
      });
  await tx.measurementRevision.create({
    data: {
      measurementId: after.id,
      version: after.version,
      value: after.value,
      previousValue: before?.value ?? null,
      status: after.status,
      reason: input.reason ?? null,
      changedById: actor.userId,
    },
  });
  if (input.evidence) {
    await tx.evidence.deleteMany({ where: { measurementId: after.id } });
    if (input.evidence.length > 0) {
      await tx.evidence.createMany({
        data: input.evidence.map((e) => ({
          measurementId: after.id,
          url: e.url,
          title: e.title,
          addedById: actor.userId,
        })),
      });
    }
  }
  const action = revising ? 'REVISED' : before ? 'UPDATED' : 'CREATED';
  const settings = await tenantSettings(tx, scope.tenantId);
  const { seq, scores } = await commitMeasurementChange(tx, scope, actor, action, before, after, settings);
  return {
    result: { measurement: stateOf(after), seq: seq.toString() } satisfies MeasurementResult,
    notices: [
      noticeOf({ ...scope, entityType: 'Measurement', entityId: after.id, action }, seq, scoresOf(scores)),
    ],
  };
}

type Transition = 'submit' | 'verify' | 'reject';

const TRANSITIONS: Record<
  Transition,
  { from: readonly string[]; to: 'SUBMITTED' | 'VERIFIED' | 'REJECTED'; action: string; operation: string }
> = {
  submit: {
    from: ['DRAFT', 'REJECTED'],
    to: 'SUBMITTED',
    action: 'SUBMITTED',
    operation: 'submitMeasurement',
  },
  verify: { from: ['SUBMITTED'], to: 'VERIFIED', action: 'VERIFIED', operation: 'verifyMeasurement' },
  reject: { from: ['SUBMITTED'], to: 'REJECTED', action: 'REJECTED', operation: 'rejectMeasurement' },
};

export async function transitionMeasurement(
  ctx: WriteContext,
  kind: Transition,
  input: TransitionInput,
): Promise<MeasurementResult> {
  const actor = writeActor(ctx.viewer);
  const scope = await authoriseTransition(ctx, actor, kind, input);
  const { clientMutationId, ...fields } = input;
  return performWrite(
    ctx,
    actor,
    { operation: TRANSITIONS[kind].operation, clientMutationId, input: fields },
    (tx) => applyTransition(tx, actor, kind, scope, input),
  );
}

/**
 * Verifies several submitted values in one transaction: all of them or none (a stale version or
 * a value no longer submitted rolls the whole batch back and names the row in `field`).
 */
export async function verifyMeasurements(
  ctx: WriteContext,
  items: readonly TransitionInput[],
  clientMutationId: string | null | undefined,
): Promise<MeasurementResult[]> {
  const actor = writeActor(ctx.viewer);
  const scopes: IndicatorScope[] = [];
  for (const [index, item] of items.entries())
    scopes.push(await authoriseTransition(ctx, actor, 'verify', item, `items.${index}.measurementId`));
  return performWrite(
    ctx,
    actor,
    { operation: 'verifyMeasurements', clientMutationId, input: items },
    async (tx) => {
      const steps: Awaited<ReturnType<typeof applyTransition>>[] = [];
      for (const [index, item] of items.entries()) {
        try {
          steps.push(await applyTransition(tx, actor, 'verify', scopes[index]!, item));
        } catch (error) {
          throw withRowField(error, `items.${index}`);
        }
      }
      return { result: steps.map((s) => s.result), notices: steps.flatMap((s) => s.notices) };
    },
  );
}

async function authoriseTransition(
  ctx: WriteContext,
  actor: WriteActor,
  kind: Transition,
  input: TransitionInput,
  field = 'measurementId',
): Promise<IndicatorScope> {
  const existing = await ctx.prisma.measurement.findUnique({
    where: { id: input.measurementId },
    select: { indicatorId: true },
  });
  // A batch names the missing row; a single step keeps the plain NOT_FOUND.
  if (!existing) throw field === 'measurementId' ? notFound('measurement') : badInput(field, 'notFound');
  const scope = (await indicatorScope(ctx.prisma, existing.indicatorId)) as IndicatorScope;
  if (kind === 'submit') await authoriseEntry(ctx, actor, scope);
  else ctx.authorize('verify', scope.scopeIds, `Measurement:${input.measurementId}`);
  if (kind === 'reject' && !input.reason?.trim()) throw badInput('reason', 'required');
  return scope;
}

/** One row's step inside the caller's transaction: checks, update, revision, scores, change log. */
async function applyTransition(
  tx: Prisma.TransactionClient,
  actor: WriteActor,
  kind: Transition,
  scope: IndicatorScope,
  input: TransitionInput,
) {
  const rule = TRANSITIONS[kind];
  await lockTenantForScoring(tx, scope.tenantId);
  const before = await tx.measurement.findUniqueOrThrow({ where: { id: input.measurementId } });
  await ensurePeriodOpen(tx, scope.tenantId, before.year, before.month);
  if (before.version !== input.expectedVersion) throw conflictOn(before);
  if (!rule.from.includes(before.status))
    throw badInput('measurementId', 'invalidTransition', { from: before.status, to: rule.to });
  const now = new Date();
  const after = await tx.measurement.update({
    where: { id: before.id },
    data: {
      status: rule.to,
      version: { increment: 1 },
      ...(kind === 'submit' ? { submittedById: actor.userId, submittedAt: now, rejectionReason: null } : {}),
      ...(kind === 'verify' ? { verifiedById: actor.userId, verifiedAt: now } : {}),
      ...(kind === 'reject' ? { rejectionReason: input.reason ?? null } : {}),
    },
  });
  await tx.measurementRevision.create({
    data: {
      measurementId: after.id,
      version: after.version,
      value: after.value,
      previousValue: before.value,
      status: after.status,
      reason: input.reason ?? null,
      changedById: actor.userId,
    },
  });
  const settings = await tenantSettings(tx, scope.tenantId);
  const { seq, scores } = await commitMeasurementChange(
    tx,
    scope,
    actor,
    rule.action,
    before,
    after,
    settings,
  );
  return {
    result: { measurement: stateOf(after), seq: seq.toString() } satisfies MeasurementResult,
    notices: [
      noticeOf(
        { ...scope, entityType: 'Measurement', entityId: after.id, action: rule.action },
        seq,
        scoresOf(scores),
      ),
    ],
  };
}

/** A row's error in a batch names the row: `measurementId` becomes `items.3.measurementId`. */
function withRowField(error: unknown, row: string): unknown {
  if (!(error instanceof GraphQLError)) return error;
  const field = error.extensions.field;
  const extensions = { ...error.extensions, field: typeof field === 'string' ? `${row}.${field}` : row };
  return new GraphQLError(error.message, { extensions });
}
