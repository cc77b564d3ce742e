// An official: position, unit, individual scorecard and score.
import type { OfficialResolvers } from '../../../generated/resolverTypes';
import { toGlobalId } from '../../../ids';
import { periodArgs, yearArg } from '../../drilldown/lib/args';
import { readableScorecardOf, readableUnit } from '../../drilldown/providers/drilldownObjects';
import { storedScore } from '../../drilldown/providers/storedScore';

export const Official: OfficialResolvers = {
  id: (o) => toGlobalId('Official', o.id),
  positionTitle: (o) => o.position?.title ?? null,
  level: (o) => o.position?.level ?? null,
  orgUnit: (o, _, ctx) => readableUnit(ctx, o.position?.orgUnitId ?? null),
  scorecard: (o, args, ctx) => readableScorecardOf(ctx, `OFFICIAL:${o.id}`, yearArg(args.year)),
  score: (o, args, ctx) => {
    const { year, month } = periodArgs(args.year, args.month);
    return storedScore(ctx, { tenantId: o.tenantId, nodeId: o.id }, year, month);
  },
};
