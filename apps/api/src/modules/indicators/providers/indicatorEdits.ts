// Changes an indicator's definition or removes it. What moves scores (polarity, formula,
// aggregation, frequency, weight) or reporting figures (a deletion takes its targets) recomputes
// the tenant-year in the same transaction, under the scoring lock, as settings changes do.
import type { Indicator } from '@ekinerja/db';
import { badInput } from '../../../errors';
import { toGlobalId } from '../../../ids';
import { refuseIfAgreementSigned } from '../../agreements/providers/agreementLock';
import { refuseIfInUse } from '../../changes/lib/writeInputs';
import { performLoggedWrite } from '../../changes/providers/loggedWrite';
import type { WriteContext } from '../../changes/providers/performWrite';
import { refreshBoardCounts } from '../../reporting/providers/boardCounts';
import { lockTenantForScoring, rebuildTenantYear } from '../../snapshots/providers/scoreTreeStore';
import { targetProblem } from '../lib/indicatorInputs';
import {
  checkOperators,
  objectiveScope,
  type CreateIndicatorFields,
  type ObjectiveScope,
} from './indicatorAdmin';
import { changeOf } from '../../changes/providers/changeLog';

export type UpdateIndicatorFields = Omit<CreateIndicatorFields, 'targets'>;

const SCORING_FIELDS = ['polarity', 'minimizeFormula', 'aggregation', 'frequency', 'weight'] as const;

const definitionOf = (i: Indicator, operatorIds: string[]) => ({
  code: i.code,
  name: i.name,
  unit: i.unit,
  polarity: i.polarity,
  minimizeFormula: i.minimizeFormula,
  aggregation: i.aggregation,
  frequency: i.frequency,
  weight: i.weight,
  operatorIds: operatorIds.map((id) => toGlobalId('User', id)),
});

async function indicatorScope(ctx: WriteContext, indicatorId: string) {
  const indicator = await ctx.prisma.indicator.findUnique({ where: { id: indicatorId } });
  if (!indicator) throw badInput('indicatorId', 'notFound');
  const scope = (await objectiveScope(ctx.prisma, indicator.objectiveId)) as ObjectiveScope;
  ctx.authorize('administer', scope.scopeIds, `Indicator:${indicatorId}`);
  return scope;
}

export async function updateIndicator(ctx: WriteContext, indicatorId: string, fields: UpdateIndicatorFields) {
  const scope = await indicatorScope(ctx, indicatorId);
  await checkOperators(ctx, scope, fields.operatorIds);
  const { clientMutationId, operatorIds, ...input } = fields;
  const data = {
    ...input,
    minimizeFormula: input.minimizeFormula ?? 'RATIO_DIFF',
    frequency: input.frequency ?? 'MONTHLY',
  };
  return performLoggedWrite(
    ctx,
    { operation: 'updateIndicator', clientMutationId, input: { ...data, operatorIds, indicatorId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const before = await tx.indicator.findUniqueOrThrow({
        where: { id: indicatorId },
        include: { operators: { select: { userId: true } }, targets: true },
      });
      const clash = await tx.indicator.findUnique({
        where: { objectiveId_code: { objectiveId: before.objectiveId, code: data.code } },
        select: { id: true },
      });
      if (clash && clash.id !== indicatorId) throw badInput('code', 'unique');
      // Targets were checked against the old polarity: a new one must still accept every target.
      if (data.polarity !== before.polarity && targetProblem(data.polarity, before.targets))
        throw badInput('polarity', 'targetsMismatch');
      const after = await tx.indicator.update({ where: { id: indicatorId }, data });
      await tx.indicatorOperator.deleteMany({ where: { indicatorId } });
      await tx.indicatorOperator.createMany({ data: operatorIds.map((userId) => ({ indicatorId, userId })) });
      if (SCORING_FIELDS.some((f) => before[f] !== after[f]))
        await rebuildTenantYear(tx, scope.tenantId, scope.year);
      // Its operators (and frequency) are on the board.
      else
        await refreshBoardCounts(tx, {
          tenantId: scope.tenantId,
          year: scope.year,
          ownerId: after.orgUnitId ?? scope.tenantId,
        });
      return {
        id: indicatorId,
        record: changeOf(scope, 'Indicator', indicatorId, {
          action: 'UPDATED',
          before: definitionOf(
            before,
            before.operators.map((o) => o.userId),
          ),
          after: definitionOf(after, operatorIds),
        }),
      };
    },
  );
}

/**
 * Removes an indicator set up by mistake, with its targets and operators. One that anything was
 * reported, raised or planned on is history: it stays.
 */
export async function deleteIndicator(
  ctx: WriteContext,
  indicatorId: string,
  clientMutationId?: string | null,
) {
  const scope = await indicatorScope(ctx, indicatorId);
  return performLoggedWrite(
    ctx,
    { operation: 'deleteIndicator', clientMutationId, input: { indicatorId } },
    async (tx) => {
      await lockTenantForScoring(tx, scope.tenantId);
      const indicator = await tx.indicator.findUnique({
        where: { id: indicatorId },
        include: {
          operators: { select: { userId: true } },
          targets: { select: { month: true, year: true, value: true, low: true, high: true } },
          _count: {
            select: {
              measurements: true,
              issues: true,
              programs: true,
              activities: true,
              childIndicators: true,
            },
          },
        },
      });
      if (!indicator) throw badInput('indicatorId', 'notFound');
      refuseIfInUse('indicatorId', indicator._count);
      // Its targets are part of a signed Perjanjian Kinerja until a PK Perubahan reopens them.
      const { scorecardId } = await tx.objective.findUniqueOrThrow({
        where: { id: indicator.objectiveId },
        select: { scorecardId: true },
      });
      await refuseIfAgreementSigned(tx, scorecardId, 'indicatorId');
      await tx.indicator.delete({ where: { id: indicatorId } });
      await rebuildTenantYear(tx, scope.tenantId, scope.year);
      return {
        id: indicatorId,
        record: changeOf(scope, 'Indicator', indicatorId, {
          action: 'DELETED',
          before: {
            ...definitionOf(
              indicator,
              indicator.operators.map((o) => o.userId),
            ),
            objectiveId: toGlobalId('Objective', indicator.objectiveId),
            targets: indicator.targets.map((t) => ({ ...t })),
          },
          after: null,
        }),
      };
    },
  );
}
