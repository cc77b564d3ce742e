// The steps after saving: an operator submits a value, a unit head verifies or rejects it; one at a
// time or many verified at once, each step moving the scores in its own transaction.
import type { Prisma } from '@ekinerja/db';
import { badInput, notFound } from '../../../errors';
import { conflictOn } from '../../changes/lib/conflict';
import {
  performWrite,
  writeActor,
  type WriteActor,
  type WriteContext,
} from '../../changes/providers/performWrite';
import { nowOf } from '../../../context';
import { requireAnalysisIfShort } from '../../analysis/providers/analysisStore';
import { notifyTurnedRed, storedBand } from '../../notifications/providers/eventNotices';
import { notifyRejection } from '../../notifications/providers/rejectionNotice';
import { ensureEntryOpen } from '../../periods/providers/entryWindow';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import {
  authoriseEntry,
  commitMeasurementChange,
  indicatorScope,
  withRowField,
  type IndicatorScope,
  type MeasurementResult,
} from './measurementChange';

export interface TransitionInput {
  measurementId: string;
  expectedVersion: number;
  reason?: string | null;
  clientMutationId?: string | null;
}

export type Transition = 'submit' | 'verify' | 'reject';

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
    (tx) => applyTransition(tx, actor, kind, scope, input, nowOf(ctx)),
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
  const now = nowOf(ctx);
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
          steps.push(await applyTransition(tx, actor, 'verify', scopes[index]!, item, now));
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

/** One row's step inside the caller's transaction: checks, update, then the shared commit. */
export async function applyTransition(
  tx: Prisma.TransactionClient,
  actor: WriteActor,
  kind: Transition,
  scope: IndicatorScope,
  input: TransitionInput,
  now: Date,
) {
  const rule = TRANSITIONS[kind];
  await lockTenantForScoring(tx, scope.tenantId);
  const before = await tx.measurement.findUniqueOrThrow({ where: { id: input.measurementId } });
  await ensureEntryOpen(tx, { ...scope, year: before.year, month: before.month }, now);
  if (before.version !== input.expectedVersion) throw conflictOn(before);
  if (!rule.from.includes(before.status))
    throw badInput('measurementId', 'invalidTransition', { from: before.status, to: rule.to });
  // Separation of duties: whoever submitted a value never verifies or rejects it, whatever roles
  // they hold. Checked on the row read under the lock, so a resubmission cannot slip past it.
  if (kind !== 'submit' && before.submittedById === actor.userId)
    throw badInput('measurementId', 'ownSubmission');
  // A yellow or red value goes up, and is accepted, only with its written analysis.
  if (kind !== 'reject') await requireAnalysisIfShort(tx, scope, before);
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
  const bandBefore = kind === 'verify' ? await storedBand(tx, scope.id, after.year, after.month) : null;
  const committed = await commitMeasurementChange(tx, scope, actor, {
    action: rule.action,
    before,
    after,
    reason: input.reason ?? null,
  });
  const bells =
    kind === 'reject'
      ? await notifyRejection(tx, after, input.reason ?? '', now)
      : kind === 'verify' && committed.leafScore
        ? await notifyTurnedRed(
            tx,
            {
              measurement: after,
              statsScopeIds: scope.statsScopeIds,
              bandBefore: bandBefore!,
              bandAfter: committed.leafScore.band,
              score: committed.leafScore.score,
              actorId: actor.userId,
            },
            now,
          )
        : [];
  return { ...committed, notices: [...committed.notices, ...bells] };
}
