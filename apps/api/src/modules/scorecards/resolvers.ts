// Scorecard administration: objectives, cause–effect links and perspective weights. Thin: parse,
// find the scorecard's scope, hand over to a provider (which authorises).
import type { Resolvers } from '../../generated/resolvers';
import { badInput, fromZodError } from '../../errors';
import { idOf } from '../changes/lib/writeInputs';
import { drilldownLoaders } from '../drilldown/providers/drilldownLoaders';
import { tagged } from '../drilldown/providers/drilldownObjects';
import type { GraphQLContext } from '../../context';
import { createObjectiveInput, linkInput, perspectiveWeightsInput } from './lib/scorecardInputs';
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

export const scorecardsResolvers: Resolvers = {
  Mutation: {
    async createObjective(_, { input }, ctx) {
      const parentObjectiveId = input.parentObjectiveId
        ? idOf('Objective', input.parentObjectiveId, 'parentObjectiveId')
        : null;
      const parsed = createObjectiveInput.safeParse(input);
      if (!parsed.success) throw fromZodError(parsed.error);
      const scope = await scopeOf(ctx, input.scorecardId);
      const result = await createObjective(ctx, scope, { ...parsed.data, parentObjectiveId });
      const objective = await drilldownLoaders(ctx).objective.load(result.objectiveId);
      if (!objective) throw new Error(`objective ${result.objectiveId} not found`);
      return { objective: tagged.objective(objective), seq: result.seq };
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
