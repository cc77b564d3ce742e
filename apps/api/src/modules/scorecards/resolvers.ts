// Scorecard administration: objectives, cause–effect links and perspective weights. Thin: parse,
// find the scorecard's scope, hand over to a provider (which authorises).
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { toGlobalId } from '../../ids';
import { idOf } from '../changes/lib/writeInputs';
import { drilldownLoaders } from '../drilldown/providers/drilldownLoaders';
import { tagged } from '../drilldown/providers/drilldownObjects';
import type { GraphQLContext } from '../../context';
import {
  createObjectiveInput,
  linkInput,
  perspectiveWeightsInput,
  updateObjectiveInput,
} from './lib/scorecardInputs';
import { deleteObjective, updateObjective } from './providers/objectiveEdits';
import { changeObjectiveLink, createObjective, type ScorecardWriteResult } from './providers/objectiveAdmin';
import { setPerspectiveWeights } from './providers/perspectiveWeights';
import { scorecardScope } from './providers/scorecardScope';

async function scopeOf(ctx: GraphQLContext, globalId: string) {
  const scope = await scorecardScope(ctx.prisma, idOf('Scorecard', globalId, 'scorecardId'));
  if (!scope) throw badInput('scorecardId', 'notFound');
  return scope;
}

async function scorecardPayload(ctx: GraphQLContext, result: ScorecardWriteResult) {
  const scorecard = await ctx.prisma.scorecard.findUniqueOrThrow({ where: { id: result.scorecardId } });
  return { scorecard: tagged.scorecard(scorecard), seq: result.seq };
}

async function changeLink(
  ctx: GraphQLContext,
  mode: 'link' | 'unlink',
  input: { fromObjectiveId: string; toObjectiveId: string; clientMutationId?: string | null },
) {
  const fromObjectiveId = idOf('Objective', input.fromObjectiveId, 'fromObjectiveId');
  const toObjectiveId = idOf('Objective', input.toObjectiveId, 'toObjectiveId');
  const parsed = linkInput.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error);
  const from = await ctx.prisma.objective.findUnique({
    where: { id: fromObjectiveId },
    select: { scorecardId: true },
  });
  const scope = from ? await scorecardScope(ctx.prisma, from.scorecardId) : null;
  if (!scope) throw badInput('fromObjectiveId', 'notFound');
  const result = await changeObjectiveLink(ctx, scope, mode, {
    fromObjectiveId,
    toObjectiveId,
    clientMutationId: parsed.data.clientMutationId,
  });
  return scorecardPayload(ctx, result);
}

const parentObjectiveIdOf = (id: string | null | undefined) =>
  id ? idOf('Objective', id, 'parentObjectiveId') : null;

async function objectivePayload(ctx: GraphQLContext, objectiveId: string, seq: string) {
  const objective = await drilldownLoaders(ctx).objective.load(objectiveId);
  if (!objective) throw new Error(`objective ${objectiveId} not found`);
  return { objective: tagged.objective(objective), seq };
}

export const scorecardsResolvers: Resolvers = {
  Mutation: {
    async createObjective(_, { input }, ctx) {
      const parentObjectiveId = parentObjectiveIdOf(input.parentObjectiveId);
      const parsed = createObjectiveInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const scope = await scopeOf(ctx, input.scorecardId);
      const result = await createObjective(ctx, scope, { ...parsed.data, parentObjectiveId });
      return objectivePayload(ctx, result.objectiveId, result.seq);
    },
    async updateObjective(_, { input }, ctx) {
      const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
      const parsed = updateObjectiveInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const { id, seq } = await updateObjective(ctx, objectiveId, {
        ...parsed.data,
        parentObjectiveId: parentObjectiveIdOf(input.parentObjectiveId),
      });
      return objectivePayload(ctx, id, seq);
    },
    async deleteObjective(_, { input }, ctx) {
      const objectiveId = idOf('Objective', input.objectiveId, 'objectiveId');
      const { id, seq } = await deleteObjective(ctx, objectiveId, input.clientMutationId);
      return { deletedId: toGlobalId('Objective', id), seq };
    },
    linkObjectives: (_, { input }, ctx) => changeLink(ctx, 'link', input),
    unlinkObjectives: (_, { input }, ctx) => changeLink(ctx, 'unlink', input),
    async setPerspectiveWeights(_, { input }, ctx) {
      const parsed = perspectiveWeightsInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const scope = await scopeOf(ctx, input.scorecardId);
      const result = await setPerspectiveWeights(
        ctx,
        scope,
        parsed.data.weights,
        parsed.data.clientMutationId,
      );
      return scorecardPayload(ctx, result);
    },
  },
};
