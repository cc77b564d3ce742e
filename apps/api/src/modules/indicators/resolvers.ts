// Indicator administration: add an indicator with targets, replace targets, list the operators
// who may report an objective's indicators.
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { toGlobalId } from '../../ids';
import { idOf } from '../changes/lib/writeInputs';
import { createIndicatorInput, setTargetsInput, updateIndicatorInput } from './lib/indicatorInputs';
import { deleteIndicator, updateIndicator } from './providers/indicatorEdits';
import {
  createIndicator,
  objectiveScope,
  setIndicatorTargets,
  type IndicatorWriteResult,
} from './providers/indicatorAdmin';
import { operatorLoaders } from './providers/operatorLoaders';
import type { GraphQLContext } from '../../context';

async function payloadOf(ctx: GraphQLContext, result: IndicatorWriteResult) {
  const indicator = await ctx.prisma.indicator.findUniqueOrThrow({ where: { id: result.indicatorId } });
  return { indicator, seq: result.seq };
}

const operatorIdsOf = (ids: readonly string[] | null | undefined) =>
  (ids ?? []).map((id, i) => idOf('User', String(id), `operatorIds.${i}`));

export const indicatorsResolvers: Resolvers = {
  Query: {
    async assignableOperators(_, { objectiveId }, ctx) {
      const scope = await objectiveScope(ctx.prisma, idOf('Objective', objectiveId, 'objectiveId'));
      if (!scope) throw badInput('objectiveId', 'notFound');
      ctx.authorize('administer', scope.scopeIds, `Objective:${scope.objectiveId}`);
      return ctx.prisma.user.findMany({
        where: {
          roles: {
            some: {
              role: 'OPERATOR',
              OR: [{ orgUnitId: { in: scope.statsScopeIds } }, { orgUnitId: null, tenantId: scope.tenantId }],
            },
          },
        },
        orderBy: { displayName: 'asc' },
      });
    },
  },
  Indicator: {
    async operators(indicator, _, ctx) {
      const loaders = operatorLoaders(ctx);
      const scope = await loaders.objectiveScope.load(indicator.objectiveId);
      if (!scope) return [];
      ctx.authorize('administer', scope.scopeIds, `Indicator:${indicator.id}`);
      return loaders.operators.load(indicator.id);
    },
  },
  Mutation: {
    async createIndicator(_, { input }, ctx) {
      const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
      const parsed = createIndicatorInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const operatorIds = operatorIdsOf(input.operatorIds);
      const scope = await objectiveScope(ctx.prisma, objectiveId);
      if (!scope) throw badInput('objectiveId', 'notFound');
      return payloadOf(ctx, await createIndicator(ctx, scope, { ...parsed.data, operatorIds }));
    },
    async setIndicatorTargets(_, { input }, ctx) {
      const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
      const parsed = setTargetsInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      return payloadOf(
        ctx,
        await setIndicatorTargets(ctx, indicatorId, parsed.data.targets, parsed.data.clientMutationId),
      );
    },
    async updateIndicator(_, { input }, ctx) {
      const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
      const parsed = updateIndicatorInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const operatorIds = operatorIdsOf(input.operatorIds);
      const { id, seq } = await updateIndicator(ctx, indicatorId, { ...parsed.data, operatorIds });
      return payloadOf(ctx, { indicatorId: id, seq });
    },
    async deleteIndicator(_, { input }, ctx) {
      const indicatorId = idOf('Indicator', input.indicatorId, 'indicatorId');
      const { id, seq } = await deleteIndicator(ctx, indicatorId, input.clientMutationId);
      return { deletedId: toGlobalId('Indicator', id), seq };
    },
  },
};
