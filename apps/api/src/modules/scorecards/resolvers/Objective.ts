// A strategic objective: its cascade parent, score and indicators.
import type { ObjectiveResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { monthArg } from '../../drilldown/lib/args';
import { readableOnly, scopeOf } from '../../drilldown/providers/access';
import { drilldownLoaders } from '../../drilldown/providers/drilldownLoaders';
import { readableObjective, tagged } from '../../drilldown/providers/drilldownObjects';
import { storedScore } from '../../drilldown/providers/storedScore';

export const Objective: ObjectiveResolvers = {
  id: (o) => toGlobalId('Objective', o.id),
  perspective: (o) => o.perspectiveKind,
  // An objective has its scorecard's scope, so whoever reads one reads the other.
  scorecard: async (o, _, ctx) => {
    const card = await drilldownLoaders(ctx).scorecard.load(o.scorecardId);
    if (!card) throw new Error(`scorecard ${o.scorecardId} not found`);
    return tagged.scorecard(card);
  },
  // The owner above is usually outside a unit viewer's scope: then there is no parent to show.
  parent: (o, _, ctx) => readableObjective(ctx, o.parentObjectiveId),
  score: (o, args, ctx) =>
    storedScore(
      ctx,
      { tenantId: o.scorecard.tenantId, nodeId: o.id },
      o.scorecard.year,
      monthArg(args.month),
    ),
  indicators: async (o, _, ctx) => {
    const indicators = await drilldownLoaders(ctx).indicatorsByObjective.load(o.id);
    return (await readableOnly(ctx, indicators, scopeOf.indicator)).map(tagged.indicator);
  },
};
