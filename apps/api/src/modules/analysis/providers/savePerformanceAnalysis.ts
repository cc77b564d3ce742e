// Writing a period's analysis on its own: for a period that ended with no value, or to prepare it
// before the value. A submitted value is under review and a verified one is settled: revising
// either goes through the value (a rejection, or a revision with its reason).
import { badInput, notFound } from '../../../errors';
import { nowOf } from '../../../context';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { authoriseEntry, indicatorScope } from '../../measurements/providers/measurementChange';
import { ensureEntryOpen } from '../../periods/providers/entryWindow';
import { lockTenantForScoring } from '../../snapshots/providers/scoreTreeStore';
import type { AnalysisFields } from '../lib/analysisInputs';
import { logAnalysis, writeAnalysis } from './analysisStore';
import type { AnalysisRow } from './analysisLoaders';

export interface SavePerformanceAnalysisInput {
  indicatorId: string;
  year: number;
  month: number;
  analysis: AnalysisFields;
  clientMutationId?: string | null;
}

export async function savePerformanceAnalysis(
  ctx: WriteContext,
  input: SavePerformanceAnalysisInput,
): Promise<AnalysisRow> {
  const actor = writeActor(ctx.viewer);
  const scope = await indicatorScope(ctx.prisma, input.indicatorId);
  if (!scope) throw notFound('indicator');
  await authoriseEntry(ctx, actor, scope);
  if (input.year !== scope.scorecardYear)
    throw badInput('year', 'outsideScorecardYear', { scorecardYear: scope.scorecardYear });
  const { clientMutationId, ...fields } = input;
  const period = { year: input.year, month: input.month };
  const id = await performWrite(
    ctx,
    actor,
    { operation: 'savePerformanceAnalysis', clientMutationId, input: fields },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      await ensureEntryOpen(tx, { ...scope, ...period }, nowOf(ctx));
      const value = await tx.measurement.findUnique({
        where: { indicatorId_year_month: { indicatorId: scope.id, ...period } },
        select: { status: true },
      });
      if (value?.status === 'SUBMITTED' || value?.status === 'VERIFIED')
        throw badInput('analysis', 'valueInReview', { status: value.status });
      const written = await writeAnalysis(tx, scope, actor, period, input.analysis);
      return { result: written.after.id, notices: await logAnalysis(tx, scope, actor, written) };
    },
  );
  return ctx.prisma.performanceAnalysis.findUniqueOrThrow({
    where: { id },
    include: { updatedBy: { select: { displayName: true } } },
  });
}
