// Saving a value: the operator's draft for an indicator and month (a revision with a reason when
// it was verified), with its evidence links; one at a time, or many saved and submitted at once.
import type { Prisma } from '@ekinerja/db';
import { badInput, notFound } from '../../../errors';
import type { ChangeNotice } from '../../../realtime/eventBus';
import { conflictOn } from '../../changes/lib/conflict';
import {
  performWrite,
  writeActor,
  type WriteActor,
  type WriteContext,
} from '../../changes/providers/performWrite';
import { nowOf } from '../../../context';
import type { AnalysisFields } from '../../analysis/lib/analysisInputs';
import { analysisSnapshotOf, writeAnalysis } from '../../analysis/providers/analysisStore';
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
import { applyTransition } from './measurementTransitions';

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
  /** The period's written analysis, written in the same transaction. */
  analysis?: AnalysisFields | null;
  /** The version the client last saw; 0 (or absent) when creating. */
  expectedVersion?: number | null;
  clientMutationId?: string | null;
}

export async function saveMeasurement(
  ctx: WriteContext,
  input: SaveMeasurementInput,
): Promise<MeasurementResult> {
  const actor = writeActor(ctx.viewer);
  const scope = await authoriseSave(ctx, actor, input);
  const { clientMutationId, ...fields } = input;
  return performWrite(ctx, actor, { operation: 'saveMeasurement', clientMutationId, input: fields }, (tx) =>
    applySave(tx, actor, scope, input, nowOf(ctx)),
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
  const now = nowOf(ctx);
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
          const saved = await applySave(tx, actor, scopes[i]!, input, now);
          const submitted = await applyTransition(
            tx,
            actor,
            'submit',
            scopes[i]!,
            {
              measurementId: saved.result.measurement.id,
              expectedVersion: saved.result.measurement.version,
            },
            now,
          );
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

/** One value's save inside the caller's transaction: checks, row, evidence, then the shared commit. */
async function applySave(
  tx: Prisma.TransactionClient,
  actor: WriteActor,
  scope: IndicatorScope,
  input: SaveMeasurementInput,
  now: Date,
) {
  await lockTenantForScoring(tx, scope.tenantId);
  await ensureEntryOpen(tx, { ...scope, year: input.year, month: input.month }, now);
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
    enteredAt: now,
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
  if (input.evidence) {
    // The links are replaced; uploaded files stay with the value.
    await tx.evidence.deleteMany({ where: { measurementId: after.id, url: { not: null } } });
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
  // An analysis saved with the value is part of the value's change in the audit log.
  const analysis = input.analysis
    ? await writeAnalysis(tx, scope, actor, { year: input.year, month: input.month }, input.analysis)
    : null;
  const action = revising ? 'REVISED' : before ? 'UPDATED' : 'CREATED';
  return commitMeasurementChange(tx, scope, actor, {
    action,
    before,
    after,
    reason: input.reason ?? null,
    analysis: analysis?.changed ? analysisSnapshotOf(analysis.after) : null,
  });
}
