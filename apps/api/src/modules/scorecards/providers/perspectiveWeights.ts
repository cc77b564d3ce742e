// Sets a scorecard's perspective weights (Wₚ). Every score of the scorecard moves, and so can
// the owner's above it: the tenant-year is rebuilt in the same transaction, under the tenant's
// scoring lock, so stored scores always equal a full rebuild.
import { badInput } from '../../../errors';
import { appendChange, noticeOf } from '../../changes/providers/changeLog';
import { performWrite, writeActor, type WriteContext } from '../../changes/providers/performWrite';
import { lockTenantForScoring, rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { mergeWeights, perspectiveWeightsProblem, type PerspectiveWeight } from '../lib/scorecardInputs';
import type { ScorecardScope } from './scorecardScope';
import type { ScorecardWriteResult } from './objectiveAdmin';

const ORDER = ['STAKEHOLDER', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_GROWTH'];

export async function setPerspectiveWeights(
  ctx: WriteContext,
  scope: ScorecardScope,
  weights: PerspectiveWeight[],
  clientMutationId: string | null | undefined,
): Promise<ScorecardWriteResult> {
  const actor = writeActor(ctx.viewer);
  ctx.authorize('administer', scope.scopeIds, `Scorecard:${scope.scorecardId}`);
  return performWrite(
    ctx,
    actor,
    {
      operation: 'setPerspectiveWeights',
      clientMutationId,
      input: { scorecardId: scope.scorecardId, weights },
    },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const rows = await tx.scorecardPerspective.findMany({
        where: { scorecardId: scope.scorecardId },
        select: { id: true, perspective: true, weight: true },
      });
      rows.sort((a, b) => ORDER.indexOf(a.perspective) - ORDER.indexOf(b.perspective));
      const before = rows.map((r) => ({ perspective: r.perspective, weight: r.weight }));
      const problem = perspectiveWeightsProblem(before, weights);
      if (problem) throw badInput(problem.field, problem.rule);
      const after = mergeWeights(before, weights);
      for (const [i, row] of rows.entries())
        if (after[i]!.weight !== row.weight)
          await tx.scorecardPerspective.update({ where: { id: row.id }, data: { weight: after[i]!.weight } });
      await rebuildTenantYear(tx, scope.tenantId, scope.year);
      const record = {
        tenantId: scope.tenantId,
        scopeIds: scope.scopeIds,
        entityType: 'Scorecard',
        entityId: scope.scorecardId,
        action: 'PERSPECTIVE_WEIGHTS_SET',
      };
      const seq = await appendChange(tx, {
        ...record,
        actorId: actor.userId,
        before: { year: scope.year, weights: before.map((w) => ({ ...w })) },
        after: { year: scope.year, weights: after.map((w) => ({ ...w })) },
        payload: null,
      });
      return {
        result: { scorecardId: scope.scorecardId, seq: seq.toString() },
        notices: [noticeOf(record, seq)],
      };
    },
  );
}
