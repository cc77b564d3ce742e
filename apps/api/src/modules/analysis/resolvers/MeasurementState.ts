// The written analysis of a value's period, in the operator's inbox and the verify queue.
import type { MeasurementStateResolvers } from '../../../generated/resolverTypes';
import { analysisLoaders } from '../providers/analysisLoaders';

export const MeasurementState: Pick<MeasurementStateResolvers, 'analysis'> = {
  analysis: (m, _args, ctx) =>
    analysisLoaders(ctx).ofPeriod.load({ indicatorId: m.indicatorId, year: m.year, month: m.month }),
};
