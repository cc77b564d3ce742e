// The written analysis inside the measurement workflow's transaction: written with a value or on
// its own, and required before a short (yellow or red) value is submitted or verified.
import type { PerformanceAnalysis, Prisma } from '@ekinerja/db';
import { analysisReason, ScoringInputError } from '@ekinerja/scoring';
import { badInput } from '../../../errors';
import { appendChange, changeOf, noticeOf } from '../../changes/providers/changeLog';
import type { WriteActor } from '../../changes/providers/performWrite';
import type { IndicatorScope } from '../../measurements/providers/measurementChange';
import { scoringSettingsOf } from '../../settings/providers/tenantSettings';
import { indicatorSeries } from '../../snapshots/lib/indicatorSeries';
import { indicatorYearRows } from '../../snapshots/providers/incrementalScores';
import { checkFollowUpDue, type AnalysisFields } from '../lib/analysisInputs';

interface Period {
  year: number;
  month: number;
}

/** What the audit view shows of an analysis: its period and its texts. */
export function analysisSnapshotOf(row: PerformanceAnalysis | null): Prisma.InputJsonValue | null {
  return row
    ? {
        indicatorId: `Indicator:${row.indicatorId}`,
        year: row.year,
        month: row.month,
        obstacles: row.obstacles,
        supportingFactors: row.supportingFactors,
        followUpPlan: row.followUpPlan,
        followUpDue: row.followUpDue.toISOString().slice(0, 10),
      }
    : null;
}

/**
 * Creates or replaces the period's analysis in the caller's transaction; `changed` says whether
 * it did. The caller logs it: on its own, or inside the value's change when saved with it.
 */
export async function writeAnalysis(
  tx: Prisma.TransactionClient,
  scope: IndicatorScope,
  actor: WriteActor,
  period: Period,
  fields: AnalysisFields,
) {
  const followUpDue = checkFollowUpDue(fields, period.year, period.month, 'analysis.followUpDue');
  const key = { indicatorId: scope.id, year: period.year, month: period.month };
  const before = await tx.performanceAnalysis.findUnique({ where: { indicatorId_year_month: key } });
  const data = {
    obstacles: fields.obstacles,
    supportingFactors: fields.supportingFactors,
    followUpPlan: fields.followUpPlan,
    followUpDue,
    updatedById: actor.userId,
  };
  const unchanged =
    before &&
    before.obstacles === data.obstacles &&
    before.supportingFactors === data.supportingFactors &&
    before.followUpPlan === data.followUpPlan &&
    before.followUpDue.getTime() === followUpDue.getTime();
  if (unchanged) return { before, after: before, changed: false };
  const after = await tx.performanceAnalysis.upsert({
    where: { indicatorId_year_month: key },
    create: { ...key, ...data, tenantId: scope.tenantId },
    update: data,
  });
  return { before, after, changed: true };
}

/** Logs an analysis written on its own (the change log's record and the live feed's event). */
export async function logAnalysis(
  tx: Prisma.TransactionClient,
  scope: IndicatorScope,
  actor: WriteActor,
  written: Awaited<ReturnType<typeof writeAnalysis>>,
) {
  if (!written.changed) return [];
  const record = changeOf(scope, 'PerformanceAnalysis', written.after.id, {
    action: written.before ? 'UPDATED' : 'CREATED',
    before: analysisSnapshotOf(written.before),
    after: analysisSnapshotOf(written.after),
  });
  const seq = await appendChange(tx, { ...record, actorId: actor.userId });
  return [noticeOf(record, seq)];
}

/**
 * A value that would score yellow or red for its own period needs its analysis before it is
 * submitted or verified: BAD_USER_INPUT `analysis` / `requiredBelowTarget` with the band.
 */
export async function requireAnalysisIfShort(
  tx: Prisma.TransactionClient,
  scope: Pick<IndicatorScope, 'id' | 'tenantId'>,
  value: Period & { value: number },
  field = 'analysis',
): Promise<void> {
  const rows = await indicatorYearRows(tx, scope.id, value.year);
  // The value as it would count once verified, beside the year's verified values.
  const measurements = [
    ...rows.measurements.filter((m) => m.month !== value.month),
    { month: value.month, value: value.value, status: 'VERIFIED' as const },
  ];
  const series = indicatorSeries(rows, rows.targets, measurements);
  const settings = await scoringSettingsOf(tx, scope.tenantId);
  let reason: ReturnType<typeof analysisReason>;
  try {
    reason = analysisReason(series, value.month, false, settings);
  } catch (error) {
    // A configuration the engine refuses scores as no data everywhere: nothing to explain.
    if (error instanceof ScoringInputError) return;
    throw error;
  }
  if (!reason) return;
  const written = await tx.performanceAnalysis.count({
    where: { indicatorId: scope.id, year: value.year, month: value.month },
  });
  if (written === 0) throw badInput(field, 'requiredBelowTarget', { band: reason });
}
