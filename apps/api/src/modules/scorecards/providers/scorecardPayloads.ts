// What scorecard writes answer with: the scorecard or objective as it now is, and the change's sequence.
import type { GraphQLContext } from '../../../context';
import { badInput } from '../../../errors';
import { idOf } from '../../../ids';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { tagged } from '../../drilldown/providers/drilldownObjects';
import { type ScorecardWriteResult, changeObjectiveLink } from './objectiveAdmin';
import { scorecardScope, type ScorecardScope } from './scorecardScope';

/** The scorecard a write names, with its scope, or BAD_USER_INPUT `notFound` on `scorecardId`. */
export async function scorecardScopeOf(ctx: GraphQLContext, globalId: string): Promise<ScorecardScope> {
  const scope = await scorecardScope(ctx.prisma, idOf('Scorecard', globalId, 'scorecardId'));
  if (!scope) throw badInput('scorecardId', 'notFound');
  return scope;
}

export async function scorecardPayload(ctx: GraphQLContext, result: ScorecardWriteResult) {
  const scorecard = await ctx.prisma.scorecard.findUniqueOrThrow({ where: { id: result.scorecardId } });
  return { scorecard: tagged.scorecard(scorecard), seq: result.seq };
}

export async function objectivePayload(ctx: GraphQLContext, objectiveId: string, seq: string) {
  const objective = await drilldownLoaders(ctx).objective.load(objectiveId);
  if (!objective) throw new Error(`objective ${objectiveId} not found`);
  return { objective: tagged.objective(objective), seq };
}

/** The scope of the scorecard holding a link's first objective (links never cross scorecards). */
export async function linkScope(ctx: GraphQLContext, fromObjectiveId: string): Promise<ScorecardScope> {
  const from = await ctx.prisma.objective.findUnique({
    where: { id: fromObjectiveId },
    select: { scorecardId: true },
  });
  const scope = from ? await scorecardScope(ctx.prisma, from.scorecardId) : null;
  if (!scope) throw badInput('fromObjectiveId', 'notFound');
  return scope;
}

/** Links or unlinks two objectives of one scorecard, answering with the scorecard as it now is. */
export async function changeLink(
  ctx: GraphQLContext,
  mode: 'link' | 'unlink',
  link: { fromObjectiveId: string; toObjectiveId: string; clientMutationId?: string | null },
) {
  const scope = await linkScope(ctx, link.fromObjectiveId);
  return scorecardPayload(ctx, await changeObjectiveLink(ctx, scope, mode, link));
}
