// Changes an objective (code, name, weight, the objective it cascades from) or removes an empty
// one. A weight change moves every score above it: the tenant-year is recomputed in the same
// transaction. An objective without indicators is NO_DATA and counts nowhere, so removing it
// moves no score: only its own snapshots go.
import type { Objective } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { refuseIfInUse } from '../../changes/lib/writeInputs';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { lockTenantForScoring, rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { checkParentObjective, lockScorecard } from './objectiveAdmin';
import { scorecardScope, type ScorecardScope } from './scorecardScope';
import { changeOf } from '../../changes/providers/changeLog';

export interface UpdateObjectiveFields {
  code: string;
  name: string;
  weight: number;
  parentObjectiveId: string | null;
  clientMutationId?: string | null;
}

const objectiveImage = (o: Objective) => ({
  code: o.code,
  name: o.name,
  weight: o.weight,
  parentObjectiveId: o.parentObjectiveId ? toGlobalId('Objective', o.parentObjectiveId) : null,
});

async function objectiveScope(ctx: WriteContext, objectiveId: string): Promise<ScorecardScope> {
  const objective = await ctx.prisma.objective.findUnique({
    where: { id: objectiveId },
    select: { scorecardId: true },
  });
  const scope = objective ? await scorecardScope(ctx.prisma, objective.scorecardId) : null;
  if (!scope) throw badInput('objectiveId', 'notFound');
  ctx.authorize('administer', scope.scopeIds, `Objective:${objectiveId}`);
  return scope;
}

export async function updateObjective(ctx: WriteContext, objectiveId: string, fields: UpdateObjectiveFields) {
  const scope = await objectiveScope(ctx, objectiveId);
  const { clientMutationId, ...input } = fields;
  return performLoggedWrite(
    ctx,
    { operation: 'updateObjective', clientMutationId, input: { ...input, objectiveId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      await lockScorecard(tx, scope.scorecardId);
      const before = await tx.objective.findUniqueOrThrow({ where: { id: objectiveId } });
      const clash = await tx.objective.findUnique({
        where: { scorecardId_code: { scorecardId: scope.scorecardId, code: input.code } },
        select: { id: true },
      });
      if (clash && clash.id !== objectiveId) throw badInput('code', 'unique');
      if (input.parentObjectiveId && input.parentObjectiveId !== before.parentObjectiveId)
        await checkParentObjective(tx, scope, input.parentObjectiveId);
      const after = await tx.objective.update({ where: { id: objectiveId }, data: input });
      if (after.weight !== before.weight) await rebuildTenantYear(tx, scope.tenantId, scope.year);
      return {
        id: objectiveId,
        record: changeOf(scope, 'Objective', objectiveId, {
          action: 'UPDATED',
          before: objectiveImage(before),
          after: objectiveImage(after),
        }),
      };
    },
  );
}

/** Removes an objective with nothing under it; its cause–effect arrows go with it. */
export async function deleteObjective(
  ctx: WriteContext,
  objectiveId: string,
  clientMutationId?: string | null,
) {
  const scope = await objectiveScope(ctx, objectiveId);
  return performLoggedWrite(
    ctx,
    { operation: 'deleteObjective', clientMutationId, input: { objectiveId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      await lockScorecard(tx, scope.scorecardId);
      const objective = await tx.objective.findUnique({
        where: { id: objectiveId },
        include: { _count: { select: { indicators: true, childObjectives: true } } },
      });
      if (!objective) throw badInput('objectiveId', 'notFound');
      refuseIfInUse('objectiveId', objective._count);
      const links = await tx.objectiveLink.findMany({
        where: { OR: [{ fromObjectiveId: objectiveId }, { toObjectiveId: objectiveId }] },
        select: { fromObjectiveId: true, toObjectiveId: true },
      });
      await tx.objective.delete({ where: { id: objectiveId } });
      await tx.scoreSnapshot.deleteMany({ where: { nodeId: objectiveId } });
      return {
        id: objectiveId,
        record: changeOf(scope, 'Objective', objectiveId, {
          action: 'DELETED',
          before: {
            ...objectiveImage(objective),
            links: links.map((l) => ({
              from: toGlobalId('Objective', l.fromObjectiveId),
              to: toGlobalId('Objective', l.toObjectiveId),
            })),
          },
          after: null,
        }),
      };
    },
  );
}
